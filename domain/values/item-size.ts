/**
 * DynamoDB's size of an item, computed from the document shape before anything is sent, so that
 * a record too large for an item is refused with a typed error and nothing is written. The rules
 * (DynamoDB developer guide, "Item sizes and formats"): attribute names and strings count their
 * UTF-8 bytes, numbers about one byte per two significant digits plus one, booleans and null one
 * byte, lists and maps three bytes plus one per element plus their contents (map keys included).
 * The figure for numbers is rounded up by one byte, so it is never below DynamoDB's own.
 */
import type { JsonValue } from './json-value.js';
import { utf8Length } from './utf8-length.js';

export const MAX_ITEM_BYTES = 409_600;
export const MAX_TRANSACTION_BYTES = 4_194_304;

const CONTAINER_OVERHEAD = 3;
const ELEMENT_OVERHEAD = 1;

/** An upper bound of DynamoDB's size of a number: one byte per two significant digits, plus two. */
export function numberSizeBound(value: number): number {
  const magnitude = Math.abs(value);
  if (Number.isSafeInteger(magnitude)) {
    // Integers (most numbers in records): count the digits without trailing zeros, no strings.
    let rest = magnitude;
    while (rest !== 0 && rest % 10 === 0) rest /= 10;
    let digits = 1;
    while (rest >= 10) {
      rest = Math.floor(rest / 10);
      digits += 1;
    }
    return Math.ceil(digits / 2) + 2;
  }
  const text = magnitude.toString();
  const mantissa = text.split('e')[0] ?? text;
  const digits = mantissa.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
  return Math.ceil(Math.max(digits, 1) / 2) + 2;
}

export function valueSize(value: JsonValue): number {
  if (typeof value === 'string') return utf8Length(value);
  if (typeof value === 'number') return numberSizeBound(value);
  if (typeof value === 'boolean' || value === null) return 1;
  let size = CONTAINER_OVERHEAD;
  if (Array.isArray(value)) {
    for (const element of value as readonly JsonValue[]) size += ELEMENT_OVERHEAD + valueSize(element);
    return size;
  }
  const object = value as Readonly<Record<string, JsonValue>>;
  for (const key of Object.keys(object)) size += ELEMENT_OVERHEAD + utf8Length(key) + valueSize(object[key] as JsonValue);
  return size;
}

/** The size of a whole item: each attribute's name plus its value. */
export function itemSize(item: Readonly<Record<string, JsonValue>>): number {
  let size = 0;
  for (const name of Object.keys(item)) size += utf8Length(name) + valueSize(item[name] as JsonValue);
  return size;
}
