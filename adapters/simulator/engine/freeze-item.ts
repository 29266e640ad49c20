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

/**
 * Marks frozen items that hold binaries, with a symbol property (invisible to enumeration and
 * JSON): a WeakMap of every stored item would make each garbage collection walk a million entries.
 */
const HOLDS_BINARY: unique symbol = Symbol('holds binary');

/** Freezes a freshly built item in place (it must share nothing mutable with a caller) and returns it. */
export function freezeItem(item: AttributeMap): AttributeMap {
  if (Object.isFrozen(item)) return item;
  let holdsBinary = false;
  for (const name in item) if (freezeValue(item[name] as AttributeValue)) holdsBinary = true;
  if (holdsBinary) Object.defineProperty(item, HOLDS_BINARY, { value: true });
  Object.freeze(item);
  return item;
}

/** Freezes an item built from parts of frozen items, marking it if its source holds binaries. */
export function freezeDerived(item: AttributeMap, source: AttributeMap): AttributeMap {
  if (HOLDS_BINARY in source) Object.defineProperty(item, HOLDS_BINARY, { value: true });
  return Object.freeze(item);
}

/** Whether a frozen item holds binaries (and so must be copied before it is handed out). */
export function holdsBinary(item: AttributeMap): boolean {
  return HOLDS_BINARY in item;
}

/**
 * An item to hand to a caller: the item itself when everything in it is frozen or fresh, a copy
 * when it holds binaries. Fresh items built from stored parts (projections) are looked through.
 */
export function responseItem(item: AttributeMap): AttributeMap {
  if (Object.isFrozen(item)) return HOLDS_BINARY in item ? cloneItem(item) : item;
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
