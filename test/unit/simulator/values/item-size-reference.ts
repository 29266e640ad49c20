/**
 * The item size formula, restated independently for the properties: numbers through exact
 * rationals in base 100, strings through Buffer.
 */
import type { AttributeMap, AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import { fromPlain } from './decimal-reference.js';

/** 1 byte, plus one per base-100 digit between the outermost non-zero ones, plus 1 if negative, at most 21. */
export function referenceNumberSize(canonical: string): number {
  const value = fromPlain(canonical);
  if (value.numerator === 0n) return 1;
  let magnitude = value.numerator < 0n ? -value.numerator : value.numerator;
  // Align the decimal point between base-100 digits.
  if (value.scale % 2 !== 0) magnitude *= 10n;
  while (magnitude % 100n === 0n) magnitude /= 100n;
  return Math.min(21, 1 + Math.ceil(magnitude.toString().length / 2) + (value.numerator < 0n ? 1 : 0));
}

export function referenceValueSize(value: AttributeValue): number {
  if ('S' in value) return Buffer.byteLength(value.S);
  if ('N' in value) return referenceNumberSize(value.N);
  if ('B' in value) return value.B.byteLength;
  if ('BOOL' in value || 'NULL' in value) return 1;
  if ('SS' in value) return value.SS.reduce((sum, element) => sum + Buffer.byteLength(element), 0);
  if ('NS' in value) return value.NS.reduce((sum, element) => sum + referenceNumberSize(element), 0);
  if ('BS' in value) return value.BS.reduce((sum, element) => sum + element.byteLength, 0);
  if ('L' in value) return value.L.reduce((sum, element) => sum + 1 + referenceValueSize(element), 3);
  return Object.entries(value.M).reduce((sum, [name, element]) => sum + 1 + Buffer.byteLength(name) + referenceValueSize(element), 3);
}

export function referenceItemSize(item: AttributeMap): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + referenceValueSize(value), 0);
}
