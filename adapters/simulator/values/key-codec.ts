import { Buffer } from 'node:buffer';
import type { AttributeValue } from './attribute-value.js';
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

/** The size of a key value for DynamoDB's key limits (2048 bytes for a partition key, 1024 for a sort key). */
export function keySize(value: AttributeValue): number {
  if ('S' in value) return utf8Length(value.S);
  if ('B' in value) return value.B.length;
  if ('N' in value) return value.N.length;
  return 0;
}
