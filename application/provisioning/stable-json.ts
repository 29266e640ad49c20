/**
 * JSON text with object keys in sorted order at every level (array order kept), so that the same
 * template or policy always prints the same bytes, whatever order it was built in.
 */
import { isPlainObject } from '../../domain/values/json-value.js';

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (isPlainObject(value)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortedKeys(value[key]);
    return sorted;
  }
  return value;
}

/** Plain objects, arrays and JSON primitives, as JSON.stringify takes them. */
export function toJson(value: unknown, indent = 2): string {
  return `${JSON.stringify(sortedKeys(value), null, indent)}\n`;
}
