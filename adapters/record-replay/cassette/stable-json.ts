/**
 * JSON with object keys in sorted order (code unit order, integer-like keys included, which
 * JSON.stringify would put first), so that the same content is always the same text. The pretty
 * form keeps small objects and arrays on one line: one attribute value, one line of a diff.
 */
import type { JsonValue } from '../json-value.js';
import { isJsonObject } from '../json-value.js';

const INLINE_WIDTH = 72;

function sortedKeys(object: object): string[] {
  return Object.keys(object).sort();
}

/** Compact canonical JSON. */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map((element: JsonValue) => canonicalJson(element)).join(',')}]`;
  if (isJsonObject(value)) return `{${sortedKeys(value).map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(',')}}`;
  return JSON.stringify(value);
}

/** The one-line form, or undefined as soon as it would be longer than `budget` (big values are common). */
function inline(value: JsonValue, budget: number): string | undefined {
  if (!Array.isArray(value) && !isJsonObject(value)) {
    const text = JSON.stringify(value);
    return text.length <= budget ? text : undefined;
  }
  const array = Array.isArray(value);
  const parts: string[] = [];
  // Brackets: `[` `]`, or `{ ` ` }`; then `, ` between parts.
  let length = array ? 2 : 4;
  const fits = (prefix: string, element: JsonValue): boolean => {
    const separator = parts.length === 0 ? 0 : 2;
    const part = inline(element, budget - length - separator - prefix.length);
    if (part === undefined) return false;
    length += separator + prefix.length + part.length;
    parts.push(`${prefix}${part}`);
    return length <= budget;
  };
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    for (const element of value as readonly JsonValue[]) if (!fits('', element)) return undefined;
    return `[${parts.join(', ')}]`;
  }
  const keys = sortedKeys(value);
  if (keys.length === 0) return '{}';
  for (const key of keys) if (!fits(`${JSON.stringify(key)}: `, value[key] ?? null)) return undefined;
  return `{ ${parts.join(', ')} }`;
}

/** Pretty canonical JSON; `indent` is the indentation of the line the value starts on. */
export function prettyJson(value: JsonValue, indent = ''): string {
  if (!Array.isArray(value) && !isJsonObject(value)) return JSON.stringify(value);
  if (indent !== '') {
    const compact = inline(value, INLINE_WIDTH - indent.length);
    if (compact !== undefined) return compact;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((element: JsonValue) => `${inner}${prettyJson(element, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (isJsonObject(value)) {
    const keys = sortedKeys(value);
    if (keys.length === 0) return '{}';
    return `{\n${keys.map((key) => `${inner}${JSON.stringify(key)}: ${prettyJson(value[key] ?? null, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
