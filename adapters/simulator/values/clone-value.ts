import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { loose } from './loose-attribute-value.js';

/**
 * A deep copy of a stored value for handing out: stored values are never mutated, but callers may
 * mutate what they receive. Strings, numbers and booleans are immutable; containers and binaries
 * are copied.
 */
export function cloneValue(value: AttributeValue): AttributeValue {
  const v = loose(value);
  if (v.S !== undefined) return { S: v.S };
  if (v.N !== undefined) return { N: v.N };
  if (v.B !== undefined) return { B: new Uint8Array(v.B) };
  if (v.M !== undefined) return { M: cloneItem(v.M) };
  if (v.L !== undefined) return { L: v.L.map(cloneValue) };
  if (v.BOOL !== undefined) return { BOOL: v.BOOL };
  if (v.NULL !== undefined) return { NULL: true };
  if (v.SS !== undefined) return { SS: v.SS.slice() };
  if (v.NS !== undefined) return { NS: v.NS.slice() };
  return { BS: (v.BS ?? []).map((bytes) => new Uint8Array(bytes)) };
}

/** A deep copy of a stored item (see cloneValue). */
export function cloneItem(item: AttributeMap): AttributeMap {
  const copy: Record<string, AttributeValue> = {};
  for (const name in item) {
    const value = cloneValue(item[name] as AttributeValue);
    if (name === '__proto__') Object.defineProperty(copy, name, { value, enumerable: true, writable: true, configurable: true });
    else copy[name] = value;
  }
  return copy;
}
