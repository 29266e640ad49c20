/**
 * The orders the store keeps: key values by DynamoDB's order, and partitions by a hash of their
 * key, which is how DynamoDB spreads (and scans) partitions. The hash is our own (DynamoDB's is
 * internal), chosen to be stable across runs so that scans are deterministic.
 */
import type { AttributeValue } from '../../values/attribute-value.js';
import { compareBytes } from '../../values/compare-bytes.js';
import { compareUtf8 } from '../../values/compare-strings.js';
import { compareNumbers } from '../../values/decimal.js';

/** Orders two key values of the same type (S, N or B). */
export function compareKeyValues(a: AttributeValue, b: AttributeValue): number {
  if ('S' in a) return compareUtf8(a.S, (b as { readonly S: string }).S);
  if ('N' in a) return compareNumbers(a.N, (b as { readonly N: string }).N);
  return compareBytes((a as { readonly B: Uint8Array }).B, (b as { readonly B: Uint8Array }).B);
}

/**
 * Compares a value with a prefix over the prefix's length only: zero for every value that begins
 * with the prefix. Values that begin with a prefix are contiguous in key order, and this
 * comparison is monotone over that order, so it can drive a binary search.
 */
export function compareToPrefix(value: AttributeValue, prefix: AttributeValue): number {
  if ('S' in value && 'S' in prefix) return compareUtf8(value.S.slice(0, prefix.S.length), prefix.S);
  if ('B' in value && 'B' in prefix) return compareBytes(value.B.subarray(0, prefix.B.length), prefix.B);
  return 'S' in value ? -1 : 1;
}

/**
 * FNV-1a over the UTF-16 code units of an encoded key, then MurmurHash3's finalizer so that keys
 * differing in their last character spread over the whole range (segments use the high bits).
 */
export function partitionHash(encodedKey: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < encodedKey.length; index++) {
    hash ^= encodedKey.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const HASH_SPACE = 0x1_0000_0000;

/** The parallel-scan segment a partition hash falls in: segments are contiguous hash ranges. */
export function segmentOf(hash: number, totalSegments: number): number {
  return Math.floor((hash * totalSegments) / HASH_SPACE);
}
