/**
 * Canonical JSON: object keys sorted by UTF-16 code units at every level, no whitespace, numbers
 * in JavaScript's shortest round-trip form. Two JSON values are the same content exactly when
 * their canonical forms are equal, whatever order their keys were written or read in.
 */
import type { JsonValue } from './json-value.js';

function write(value: JsonValue, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((element: JsonValue, index: number) => {
      if (index > 0) out.push(',');
      write(element, out);
    });
    out.push(']');
    return;
  }
  const object = value as Readonly<Record<string, JsonValue>>;
  out.push('{');
  Object.keys(object)
    .sort()
    .forEach((key, index) => {
      if (index > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write(object[key] as JsonValue, out);
    });
  out.push('}');
}

export function canonicalJson(value: JsonValue): string {
  const out: string[] = [];
  write(value, out);
  return out.join('');
}

export function sameJson(left: JsonValue, right: JsonValue): boolean {
  return canonicalJson(left) === canonicalJson(right);
}
