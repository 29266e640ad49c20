import { expect } from 'chai';
import fc from 'fast-check';
import type { AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import { compareValues } from '../../../../adapters/simulator/values/compare-values.js';
import { canonicalDecimal, compareRationals, fromPlain } from './decimal-reference.js';

/** Strings that stress UTF-16 against UTF-8 order: ASCII, U+E000-U+FFFF and astral characters. */
const trickyString = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'b', 'é', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\uf8ff', '\uffff', '😀', '\u{10000}', '\u{10ffff}'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 6,
});
const anyBytes = fc.uint8Array({ maxLength: 6 });

function sign(value: number | undefined): number {
  expect(value).to.be.a('number');
  return Math.sign(value as number);
}

describe('compareValues', () => {
  it('orders strings by their UTF-8 bytes, not by UTF-16 code units', () => {
    fc.assert(
      fc.property(trickyString, trickyString, (a, b) => {
        expect(sign(compareValues({ S: a }, { S: b }))).to.equal(Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))));
      }),
      { numRuns: 400 },
    );
    // JavaScript's `<` gets this one wrong: U+FFFF is one UTF-16 unit above U+D83D.
    expect(sign(compareValues({ S: '\uffff' }, { S: '😀' }))).to.equal(-1);
    expect(String.fromCharCode(0xffff) < '😀').to.equal(false);
    expect(sign(compareValues({ S: 'ab' }, { S: 'a' }))).to.equal(1);
    expect(sign(compareValues({ S: '' }, { S: '' }))).to.equal(0);
  });

  it('orders binaries by unsigned bytes, then length', () => {
    fc.assert(
      fc.property(anyBytes, anyBytes, (a, b) => {
        expect(sign(compareValues({ B: a }, { B: b }))).to.equal(Math.sign(Buffer.compare(a, b)));
      }),
      { numRuns: 300 },
    );
    expect(sign(compareValues({ B: Uint8Array.of(0x7f) }, { B: Uint8Array.of(0x80) }))).to.equal(-1);
    expect(sign(compareValues({ B: Uint8Array.of(1) }, { B: Uint8Array.of(1, 0) }))).to.equal(-1);
  });

  it('orders numbers by value', () => {
    fc.assert(
      fc.property(canonicalDecimal, canonicalDecimal, (a, b) => {
        expect(sign(compareValues({ N: a }, { N: b }))).to.equal(compareRationals(fromPlain(a), fromPlain(b)));
      }),
      { numRuns: 300 },
    );
  });

  it('is a total order on values of one ordered type', () => {
    const sameType = fc.oneof(
      fc.array(trickyString, { minLength: 3, maxLength: 3 }).map((values) => values.map((S): AttributeValue => ({ S }))),
      fc.array(canonicalDecimal, { minLength: 3, maxLength: 3 }).map((values) => values.map((N): AttributeValue => ({ N }))),
      fc.array(anyBytes, { minLength: 3, maxLength: 3 }).map((values) => values.map((B): AttributeValue => ({ B }))),
    );
    fc.assert(
      fc.property(sameType, (values) => {
        const [a, b, c] = values as [AttributeValue, AttributeValue, AttributeValue];
        expect(sign(compareValues(a, a))).to.equal(0);
        expect(sign(compareValues(a, b))).to.equal(-sign(compareValues(b, a)));
        if (sign(compareValues(a, b)) <= 0 && sign(compareValues(b, c)) <= 0) expect(sign(compareValues(a, c))).to.be.at.most(0);
      }),
      { numRuns: 300 },
    );
  });

  it('does not order values of different types, or of types without an order', () => {
    const cases: readonly (readonly [AttributeValue, AttributeValue])[] = [
      [{ S: '1' }, { N: '1' }], [{ N: '1' }, { S: '1' }], [{ B: Uint8Array.of(49) }, { S: '1' }], [{ S: 'a' }, { SS: ['a'] }],
      [{ BOOL: false }, { BOOL: true }], [{ NULL: true }, { NULL: true }], [{ SS: ['a'] }, { SS: ['b'] }], [{ NS: ['1'] }, { NS: ['2'] }],
      [{ L: [] }, { L: [] }], [{ M: {} }, { M: {} }], [{ BS: [Uint8Array.of(1)] }, { BS: [Uint8Array.of(2)] }],
    ];
    for (const [a, b] of cases) expect(compareValues(a, b), JSON.stringify([a, b])).to.equal(undefined);
  });
});
