import type { AttributeMap, AttributeValue } from './attribute-value.js';

/**
 * A deep copy of a stored value for handing out: stored values are never mutated, but callers may
 * mutate what they receive. Strings, numbers and booleans are immutable; containers and binaries
 * are copied.
 */
export function cloneValue(value: AttributeValue): AttributeValue {
  if ('S' in value || 'N' in value || 'BOOL' in value || 'NULL' in value) return { ...value };
  if ('B' in value) return { B: new Uint8Array(value.B) };
  if ('M' in value) return { M: cloneItem(value.M) };
  if ('L' in value) return { L: value.L.map(cloneValue) };
  if ('SS' in value) return { SS: value.SS.slice() };
  if ('NS' in value) return { NS: value.NS.slice() };
  return { BS: value.BS.map((bytes) => new Uint8Array(bytes)) };
}

/** A deep copy of a stored item (see cloneValue). */
export function cloneItem(item: AttributeMap): AttributeMap {
  const copy: Record<string, AttributeValue> = {};
  for (const name in item) copy[name] = cloneValue(item[name] as AttributeValue);
  return copy;
}
