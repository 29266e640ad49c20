/**
 * Stored items are deeply frozen, so reads can hand them out without copying and nobody can
 * change stored state through a response. Binaries cannot be frozen (a typed array's elements
 * stay writable), so whatever leaves the engine with binaries inside is copied (see
 * responseItem).
 */
import type { AttributeMap, AttributeValue } from '../values/attribute-value.js';
import { cloneItem } from '../values/clone-value.js';

function freezeValue(value: AttributeValue): boolean {
  let hasBinary = false;
  if ('M' in value) hasBinary = freezeMap(value.M);
  else if ('L' in value) {
    for (const element of value.L) if (freezeValue(element)) hasBinary = true;
    Object.freeze(value.L);
  } else if ('SS' in value) Object.freeze(value.SS);
  else if ('NS' in value) Object.freeze(value.NS);
  else if ('BS' in value) {
    Object.freeze(value.BS);
    hasBinary = true;
  } else if ('B' in value) hasBinary = true;
  Object.freeze(value);
  return hasBinary;
}

function freezeMap(map: AttributeMap): boolean {
  let hasBinary = false;
  for (const name in map) if (freezeValue(map[name] as AttributeValue)) hasBinary = true;
  Object.freeze(map);
  return hasBinary;
}

/** For each frozen stored item, whether it holds binaries (which cannot be frozen). */
const binaries = new WeakMap<AttributeMap, boolean>();

/** Freezes a freshly built item in place (it must share nothing mutable with a caller) and returns it. */
export function freezeItem(item: AttributeMap): AttributeMap {
  if (binaries.has(item)) return item;
  binaries.set(item, freezeMap(item));
  return item;
}

/**
 * An item to hand to a caller: the item itself when everything in it is frozen or fresh, a copy
 * when it holds binaries. Items built from stored parts (projections) are checked by looking.
 */
export function responseItem(item: AttributeMap): AttributeMap {
  const known = binaries.get(item);
  if (known === false) return item;
  if (known === true) return cloneItem(item);
  for (const name in item) if (valueHasBinary(item[name] as AttributeValue)) return cloneItem(item);
  return item;
}

function valueHasBinary(value: AttributeValue): boolean {
  if ('B' in value || 'BS' in value) return true;
  if ('M' in value) {
    for (const name in value.M) if (valueHasBinary(value.M[name] as AttributeValue)) return true;
    return false;
  }
  if ('L' in value) return value.L.some(valueHasBinary);
  return false;
}
