import { Buffer } from 'node:buffer';
import type { AttributeValue } from './attribute-value.js';
import { numberSize } from './number-size.js';
import { utf8Length } from './utf8-length.js';

/**
 * A compact string that identifies a key value (S, N or B) in hash maps: the type tag first, so
 * that `{S:'1'}` and `{N:'1'}` differ; numbers must be canonical, so equal numbers encode alike.
 * Binaries become latin1 text, one character per byte.
 */
export function encodeKeyValue(value: AttributeValue): string {
  if ('S' in value) return `S${value.S}`;
  if ('N' in value) return `N${value.N}`;
  if ('B' in value) return `B${Buffer.from(value.B.buffer, value.B.byteOffset, value.B.length).toString('latin1')}`;
  throw new TypeError('only S, N and B values can be key values');
}

export const MAX_PARTITION_KEY_SIZE = 2048;
export const MAX_SORT_KEY_SIZE = 1024;

/**
 * The size of a key value as DynamoDB's key limits count it (a partition key at most 2048 bytes, a
 * sort key at most 1024): UTF-8 bytes of a string, bytes of a binary, the stored size of a number.
 */
export function keySize(value: AttributeValue): number {
  if ('S' in value) return utf8Length(value.S);
  if ('B' in value) return value.B.length;
  if ('N' in value) return numberSize(value.N);
  return 0;
}
