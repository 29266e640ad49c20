import { expect } from 'chai';
import fc from 'fast-check';
import type { AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import { valuesEqual } from '../../../../adapters/simulator/values/values-equal.js';
import { attributeValue } from './attribute-value-arbitrary.js';

describe('valuesEqual', () => {
  it('holds for a value and its structural copy, and is symmetric', () => {
    fc.assert(
      fc.property(attributeValue, attributeValue, (a, b) => {
        expect(valuesEqual(a, structuredClone(a))).to.equal(true);
        expect(valuesEqual(a, b)).to.equal(valuesEqual(b, a));
      }),
      { numRuns: 200 },
    );
  });

  it('compares sets as sets, in any order', () => {
    expect(valuesEqual({ SS: ['a', 'b', 'c'] }, { SS: ['c', 'a', 'b'] })).to.equal(true);
    expect(valuesEqual({ NS: ['1', '2.5'] }, { NS: ['2.5', '1'] })).to.equal(true);
    expect(valuesEqual({ BS: [Uint8Array.of(1), Uint8Array.of(2, 3)] }, { BS: [Uint8Array.of(2, 3), Uint8Array.of(1)] })).to.equal(true);
    expect(valuesEqual({ SS: ['a', 'b'] }, { SS: ['a', 'c'] })).to.equal(false);
    expect(valuesEqual({ SS: ['a', 'b'] }, { SS: ['a'] })).to.equal(false);
    expect(valuesEqual({ BS: [Uint8Array.of(1)] }, { BS: [Uint8Array.of(1, 0)] })).to.equal(false);
    const many = Array.from({ length: 40 }, (_, index) => `m${index}`);
    expect(valuesEqual({ SS: many }, { SS: [...many].reverse() })).to.equal(true);
    expect(valuesEqual({ SS: many }, { SS: [...many.slice(1), 'other'] })).to.equal(false);
    const bytes = many.map((text) => Buffer.from(text));
    expect(valuesEqual({ BS: bytes }, { BS: [...bytes].reverse() })).to.equal(true);
    expect(valuesEqual({ BS: bytes }, { BS: [...bytes.slice(1), Buffer.from('other')] })).to.equal(false);
  });

  it('compares lists in order and maps by name, deeply', () => {
    expect(valuesEqual({ L: [{ S: 'a' }, { N: '1' }] }, { L: [{ S: 'a' }, { N: '1' }] })).to.equal(true);
    expect(valuesEqual({ L: [{ S: 'a' }, { N: '1' }] }, { L: [{ N: '1' }, { S: 'a' }] })).to.equal(false);
    expect(valuesEqual({ M: { a: { S: 'x' }, b: { L: [] } } }, { M: { b: { L: [] }, a: { S: 'x' } } })).to.equal(true);
    expect(valuesEqual({ M: { a: { S: 'x' } } }, { M: { a: { S: 'x' }, b: { NULL: true } } })).to.equal(false);
    expect(valuesEqual({ M: { a: { S: 'x' }, b: { NULL: true } } }, { M: { a: { S: 'x' } } })).to.equal(false);
    expect(valuesEqual({ M: { a: { M: { b: { N: '1' } } } } }, { M: { a: { M: { b: { N: '2' } } } } })).to.equal(false);
  });

  it('never equates different types, even with the same text', () => {
    const values: AttributeValue[] = [
      { S: '1' }, { N: '1' }, { B: Uint8Array.of(49) }, { SS: ['1'] }, { NS: ['1'] }, { BS: [Uint8Array.of(49)] },
      { L: [{ S: '1' }] }, { M: { 1: { S: '1' } } }, { NULL: true }, { BOOL: true },
    ];
    values.forEach((a, i) => { values.forEach((b, j) => { expect(valuesEqual(a, b), `${i} vs ${j}`).to.equal(i === j); }); });
    expect(valuesEqual({ BOOL: true }, { BOOL: false })).to.equal(false);
  });
});
