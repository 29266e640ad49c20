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

function inline(value: JsonValue): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map((element: JsonValue) => inline(element)).join(', ')}]`;
  if (isJsonObject(value)) {
    const keys = sortedKeys(value);
    return keys.length === 0 ? '{}' : `{ ${keys.map((key) => `${JSON.stringify(key)}: ${inline(value[key] ?? null)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Pretty canonical JSON; `indent` is the indentation of the line the value starts on. */
export function prettyJson(value: JsonValue, indent = ''): string {
  if (!Array.isArray(value) && !isJsonObject(value)) return JSON.stringify(value);
  if (indent !== '') {
    const compact = inline(value);
    if (compact.length + indent.length <= INLINE_WIDTH) return compact;
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
