import { Buffer } from 'node:buffer';
import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { bytesEqual } from './compare-bytes.js';
import { loose } from './loose-attribute-value.js';

/**
 * DynamoDB equality of canonical values: numbers compare as their canonical strings, sets as
 * sets (in any order; they hold no duplicates), lists and maps deeply.
 */
export function valuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  if (a === b) return true;
  const x = loose(a);
  const y = loose(b);
  if (x.S !== undefined) return x.S === y.S;
  if (x.N !== undefined) return x.N === y.N;
  if (x.B !== undefined) return y.B !== undefined && bytesEqual(x.B, y.B);
  if (x.BOOL !== undefined) return x.BOOL === y.BOOL;
  if (x.NULL !== undefined) return y.NULL !== undefined;
  if (x.M !== undefined) return y.M !== undefined && mapsEqual(x.M, y.M);
  if (x.L !== undefined) return y.L !== undefined && listsEqual(x.L, y.L);
  if (x.SS !== undefined) return y.SS !== undefined && stringSetsEqual(x.SS, y.SS);
  if (x.NS !== undefined) return y.NS !== undefined && stringSetsEqual(x.NS, y.NS);
  return x.BS !== undefined && y.BS !== undefined && binarySetsEqual(x.BS, y.BS);
}

/** Deep equality of two maps of canonical values (items, or the contents of M values). */
export function mapsEqual(a: AttributeMap, b: AttributeMap): boolean {
  if (a === b) return true;
  let count = 0;
  for (const name in a) {
    const y = b[name];
    if (y === undefined || !valuesEqual(a[name] as AttributeValue, y)) return false;
    count++;
  }
  for (const _name in b) count--;
  return count === 0;
}

function listsEqual(a: readonly AttributeValue[], b: readonly AttributeValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!valuesEqual(a[index] as AttributeValue, b[index] as AttributeValue)) return false;
  return true;
}

/** Small sets are compared by scanning; larger ones through a Set, to stay linear. */
const SCAN_LIMIT = 16;

function stringSetsEqual(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length <= SCAN_LIMIT) {
    for (const element of a) if (!b.includes(element)) return false;
    return true;
  }
  const members = new Set(b);
  for (const element of a) if (!members.has(element)) return false;
  return true;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

function binarySetsEqual(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length <= SCAN_LIMIT) {
    for (const element of a) if (!b.some((other) => bytesEqual(element, other))) return false;
    return true;
  }
  const members = new Set(b.map(latin1));
  for (const element of a) if (!members.has(latin1(element))) return false;
  return true;
}
