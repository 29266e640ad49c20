import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { loose } from './loose-attribute-value.js';
import { numberSize } from './number-size.js';
import { utf8Length } from './utf8-length.js';

/**
 * DynamoDB's item size, pinned on DynamoDB Local's 409,600-byte limit and its capacity units:
 * names and strings in UTF-8 bytes, binaries in bytes, numbers as numberSize counts them, BOOL and
 * NULL one byte, sets the sum of their members, a list or map 3 bytes plus, per element, 1 byte,
 * the element and (in a map) its name.
 */
export const MAX_ITEM_SIZE = 409_600;
export const ITEM_TOO_LARGE_MESSAGE = 'Item size has exceeded the maximum allowed size';

const CONTAINER_OVERHEAD = 3;
const ELEMENT_OVERHEAD = 1;

/** DynamoDB's size of a value in bytes (the attribute name not included). */
export function attributeValueSize(value: AttributeValue): number {
  const v = loose(value);
  if (v.S !== undefined) return utf8Length(v.S);
  if (v.N !== undefined) return numberSize(v.N);
  if (v.B !== undefined) return v.B.length;
  if (v.M !== undefined) {
    let size = CONTAINER_OVERHEAD;
    for (const name in v.M) size += utf8Length(name) + attributeValueSize(v.M[name] as AttributeValue) + ELEMENT_OVERHEAD;
    return size;
  }
  if (v.L !== undefined) {
    let size = CONTAINER_OVERHEAD;
    for (const element of v.L) size += attributeValueSize(element) + ELEMENT_OVERHEAD;
    return size;
  }
  if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
  let size = 0;
  if (v.SS !== undefined) for (const element of v.SS) size += utf8Length(element);
  else if (v.NS !== undefined) for (const element of v.NS) size += numberSize(element);
  else if (v.BS !== undefined) for (const element of v.BS) size += element.length;
  return size;
}

/** DynamoDB's size of one attribute: its name's UTF-8 bytes plus its value. */
export function attributeSize(name: string, value: AttributeValue): number {
  return utf8Length(name) + attributeValueSize(value);
}

/** DynamoDB's size of an item, the figure the 400 KB limit and capacity units use. */
export function itemSize(item: AttributeMap): number {
  let size = 0;
  for (const name in item) size += utf8Length(name) + attributeValueSize(item[name] as AttributeValue);
  return size;
}
