import { Buffer } from 'node:buffer';
import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { bytesEqual } from './compare-bytes.js';

/**
 * DynamoDB equality of canonical values: numbers compare as their canonical strings, sets as
 * sets (in any order; they hold no duplicates), lists and maps deeply.
 */
export function valuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  if ('S' in a) return 'S' in b && a.S === b.S;
  if ('N' in a) return 'N' in b && a.N === b.N;
  if ('B' in a) return 'B' in b && bytesEqual(a.B, b.B);
  if ('BOOL' in a) return 'BOOL' in b && a.BOOL === b.BOOL;
  if ('NULL' in a) return 'NULL' in b;
  if ('M' in a) return 'M' in b && mapsEqual(a.M, b.M);
  if ('L' in a) return 'L' in b && listsEqual(a.L, b.L);
  if ('SS' in a) return 'SS' in b && stringSetsEqual(a.SS, b.SS);
  if ('NS' in a) return 'NS' in b && stringSetsEqual(a.NS, b.NS);
  return 'BS' in b && binarySetsEqual(a.BS, b.BS);
}

export function mapsEqual(a: AttributeMap, b: AttributeMap): boolean {
  if (a === b) return true;
  let count = 0;
  for (const name in a) {
    const x = a[name] as AttributeValue;
    const y = b[name];
    if (y === undefined || !valuesEqual(x, y)) return false;
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

function binarySetsEqual(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length <= SCAN_LIMIT) {
    for (const element of a) if (!b.some((other) => bytesEqual(element, other))) return false;
    return true;
  }
  const members = new Set(b.map((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')));
  for (const element of a) if (!members.has(Buffer.from(element.buffer, element.byteOffset, element.length).toString('latin1'))) return false;
  return true;
}
