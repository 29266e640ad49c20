import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { numberSize } from './number-size.js';
import { utf8Length } from './utf8-length.js';

/** What a list or map costs beyond its elements, and what each element adds. */
const CONTAINER_OVERHEAD = 3;
const ELEMENT_OVERHEAD = 1;

/** DynamoDB's size of a value in bytes (the attribute name not included). */
export function attributeValueSize(value: AttributeValue): number {
  if ('S' in value) return utf8Length(value.S);
  if ('N' in value) return numberSize(value.N);
  if ('B' in value) return value.B.length;
  if ('M' in value) {
    let size = CONTAINER_OVERHEAD;
    for (const name in value.M) size += utf8Length(name) + attributeValueSize(value.M[name] as AttributeValue) + ELEMENT_OVERHEAD;
    return size;
  }
  if ('L' in value) {
    let size = CONTAINER_OVERHEAD;
    for (const element of value.L) size += attributeValueSize(element) + ELEMENT_OVERHEAD;
    return size;
  }
  if ('BOOL' in value || 'NULL' in value) return 1;
  if ('SS' in value) {
    let size = 0;
    for (const element of value.SS) size += utf8Length(element);
    return size;
  }
  if ('NS' in value) {
    let size = 0;
    for (const element of value.NS) size += numberSize(element);
    return size;
  }
  let size = 0;
  for (const element of value.BS) size += element.length;
  return size;
}

/** DynamoDB's size of one attribute: its name's UTF-8 bytes plus its value. */
export function attributeSize(name: string, value: AttributeValue): number {
  return utf8Length(name) + attributeValueSize(value);
}

/** DynamoDB's size of an item, the figure the 400 KB limit and capacity units use. */
export function itemSize(item: AttributeMap): number {
  let size = 0;
  for (const name in item) size += attributeSize(name, item[name] as AttributeValue);
  return size;
}
