/** Item comparisons by meaning (see normalize-value.ts), with chai's diff on failure. */
import { expect } from 'chai';
import { normalizeItems, normalizeValue } from '../values/normalize-value.js';

/** `expected` undefined means: no item (or no Attributes) at all. */
export function expectSameItem(actual: unknown, expected: unknown, what: string): void {
  if (expected === undefined) {
    expect(actual, `${what}: expected no item`).to.equal(undefined);
    return;
  }
  expect(actual, `${what}: expected an item`).to.not.equal(undefined);
  expect(normalizeValue(actual), what).to.deep.equal(normalizeValue(expected));
}

/** The same items in any order. */
export function expectSameItems(actual: readonly unknown[], expected: readonly unknown[], what: string): void {
  expect(normalizeItems(actual), what).to.deep.equal(normalizeItems(expected));
}

/** The same items in the same order. */
export function expectSameSequence(actual: readonly unknown[], expected: readonly unknown[], what: string): void {
  expect(actual.map(normalizeValue), what).to.deep.equal(expected.map(normalizeValue));
}
