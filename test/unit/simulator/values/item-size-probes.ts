import type { AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';

/** Number sizes measured on DynamoDB Local's 409,600-byte boundary (item-size.local.unit.test.ts re-checks them). */
export const probedNumberSizes: readonly (readonly [string, number])[] = [
  ['0', 1], ['1', 2], ['9', 2], ['10', 2], ['11', 2], ['99', 2], ['100', 2], ['101', 3], ['110', 3], ['1000', 2], ['1001', 3], ['1234', 3],
  ['12345', 4], ['123456', 4], ['0.1', 2], ['0.01', 2], ['0.12', 2], ['0.123', 3], ['0.001', 2], ['1.1', 3], ['1.25', 3], ['12.5', 3],
  ['10.01', 3], ['100.1', 4], ['1000.01', 4], ['-1', 3], ['-10', 3], ['-101', 4], ['-12345', 5], ['-1.5', 4], ['-0.01', 3], ['-999', 4],
  ['1E+125', 2], ['1E-130', 2], ['-1E-130', 3], ['-1E+125', 3], ['1E+11', 2], ['1E-11', 2],
  ['9.9999999999999999999999999999999999999E+125', 20], ['12345678901234567890123456789012345678', 20],
  ['1234567890123456789012345678901234567.8', 21], ['-12345678901234567890123456789012345678', 21], ['0.12345678901234567890123456789012345678', 20],
  // Negative numbers with the full 20 base-100 digits get no extra byte: 21 bytes at most.
  ['-1234567890123456789012345678901234567.8', 21], ['-1.2345678901234567890123456789012345678', 21], ['-10000000007418305947374517858954813971000', 21],
  ['-1.234567890123456789012345678901234567', 21], ['-9.9999999999999999999999999999999999999', 21],
];

/** Value sizes measured the same way. */
export const probedValueSizes: readonly (readonly [string, AttributeValue, number])[] = [
  ['an empty string', { S: '' }, 0], ['a one-byte string', { S: 'a' }, 1], ['a two-byte character', { S: 'é' }, 2], ['an astral character', { S: '😀' }, 4],
  ['an empty binary', { B: new Uint8Array(0) }, 0], ['three bytes', { B: Uint8Array.of(1, 2, 3) }, 3], ['a boolean', { BOOL: true }, 1], ['null', { NULL: true }, 1],
  ['an empty list', { L: [] }, 3], ['a list of one string', { L: [{ S: 'a' }] }, 5], ['a list of two strings', { L: [{ S: 'a' }, { S: 'b' }] }, 7],
  ['a list of null', { L: [{ NULL: true }] }, 5], ['a list in a list', { L: [{ L: [] }] }, 7], ['an empty map', { M: {} }, 3],
  ['a map of one string', { M: { a: { S: 'b' } } }, 6], ['a map with a longer name', { M: { ab: { S: 'c' } } }, 7],
  ['a map of two strings', { M: { a: { S: 'b' }, c: { S: 'd' } } }, 9], ['a map in a map', { M: { a: { M: {} } } }, 8],
  ['a string set', { SS: ['a', 'bc'] }, 3], ['a set of the empty string', { SS: [''] }, 0], ['a binary set', { BS: [Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2)] }, 5],
  ['a set of the empty binary', { BS: [new Uint8Array(0)] }, 0], ['a number set', { NS: ['1', '2'] }, 4], ['a number set of one', { NS: ['12345'] }, 4],
];
