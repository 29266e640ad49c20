import { Buffer } from 'node:buffer';
import type { AttributeValue } from './attribute-value.js';
import { loose } from './loose-attribute-value.js';
import { numberSize } from './number-size.js';
import { utf8Length } from './utf8-length.js';

/** Up to this length, building the latin1 text in JS beats creating a Buffer view. */
const SHORT_BINARY = 48;

/**
 * A compact string that identifies a key value (S, N or B) in hash maps: the type tag first, so
 * that `{S:'1'}` and `{N:'1'}` differ; numbers must be canonical, so equal numbers encode alike.
 * Binaries become latin1 text, one character per byte.
 */
export function encodeKeyValue(value: AttributeValue): string {
  const v = loose(value);
  if (v.S !== undefined) return `S${v.S}`;
  if (v.N !== undefined) return `N${v.N}`;
  if (v.B !== undefined) return `B${latin1(v.B)}`;
  throw new TypeError('only S, N and B values can be key values');
}

function latin1(bytes: Uint8Array): string {
  if (bytes.length > SHORT_BINARY) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  let text = '';
  for (let index = 0; index < bytes.length; index++) text += String.fromCharCode(bytes[index] as number);
  return text;
}

export const MAX_PARTITION_KEY_SIZE = 2048;
export const MAX_SORT_KEY_SIZE = 1024;

/**
 * The size of a key value as DynamoDB's key limits count it (a partition key at most 2048 bytes, a
 * sort key at most 1024): UTF-8 bytes of a string, bytes of a binary, the stored size of a number.
 */
export function keySize(value: AttributeValue): number {
  const v = loose(value);
  if (v.S !== undefined) return utf8Length(v.S);
  if (v.B !== undefined) return v.B.length;
  if (v.N !== undefined) return numberSize(v.N);
  return 0;
}
