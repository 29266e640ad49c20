/**
 * A compact, path-by-path difference between two requests as the cassette writes them, such as
 * `Item.amount.N: "5" → "6"` or `ConsistentRead: (absent) → true`.
 */
import type { JsonValue } from '../json-value.js';
import { isJsonObject } from '../json-value.js';
import type { RequestDifference } from '../record-replay-error.js';

export const ABSENT = '(absent)';
const SHOWN_LENGTH = 120;

export function showValue(value: JsonValue | undefined): string {
  if (value === undefined) return ABSENT;
  const text = JSON.stringify(value);
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
  if (name === key) return path === '' ? key : `${path}.${key}`;
  return `${path}[${name}]`;
}

function collect(recorded: JsonValue | undefined, requested: JsonValue | undefined, path: string, into: RequestDifference[]): void {
  if (Array.isArray(recorded) && Array.isArray(requested)) {
    const length = Math.max(recorded.length, requested.length);
    for (let index = 0; index < length; index += 1) collect(recorded[index] as JsonValue | undefined, requested[index] as JsonValue | undefined, childPath(path, index), into);
    return;
  }
  if (isJsonObject(recorded) && isJsonObject(requested)) {
    const keys = [...new Set([...Object.keys(recorded), ...Object.keys(requested)])].sort();
    for (const key of keys) collect(recorded[key], requested[key], childPath(path, key), into);
    return;
  }
  if (recorded === requested) return;
  into.push({ path: path === '' ? '(request)' : path, recorded: showValue(recorded), requested: showValue(requested) });
}

/** Every leaf where the two differ, in sorted path order. */
export function requestDifferences(recorded: JsonValue, requested: JsonValue): RequestDifference[] {
  const differences: RequestDifference[] = [];
  collect(recorded, requested, '', differences);
  return differences;
}

/** The path of the first string (or key) in `tree` that contains `text`. */
export function pathOf(tree: JsonValue, text: string, path = ''): string | undefined {
  if (typeof tree === 'string') return tree.includes(text) ? path : undefined;
  if (Array.isArray(tree)) {
    for (let index = 0; index < tree.length; index += 1) {
      const found = pathOf(tree[index] as JsonValue, text, childPath(path, index));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isJsonObject(tree)) return undefined;
  for (const key of Object.keys(tree).sort()) {
    if (key.includes(text)) return childPath(path, key);
    const found = pathOf(tree[key] ?? null, text, childPath(path, key));
    if (found !== undefined) return found;
  }
  return undefined;
}
