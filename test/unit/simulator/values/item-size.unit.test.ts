import { expect } from 'chai';
import fc from 'fast-check';
import { attributeSize, attributeValueSize, itemSize } from '../../../../adapters/simulator/values/item-size.js';
import { numberSize } from '../../../../adapters/simulator/values/number-size.js';
import { canonicalNumber } from '../../../../adapters/simulator/values/decimal.js';
import { attributeMap, attributeValue } from './attribute-value-arbitrary.js';
import { canonicalDecimal } from './decimal-reference.js';
import { referenceItemSize, referenceNumberSize } from './item-size-reference.js';
import { probedNumberSizes, probedValueSizes } from './item-size-probes.js';

describe('item size', () => {
  describe('numberSize', () => {
    for (const [number, size] of probedNumberSizes) {
      it(`counts ${number} as ${size} bytes`, () => {
        expect(numberSize(canonicalNumber(number))).to.equal(size);
        expect(referenceNumberSize(canonicalNumber(number))).to.equal(size);
      });
    }

    it('agrees with base-100 digits counted on exact values', () => {
      fc.assert(fc.property(canonicalDecimal, (number) => { expect(numberSize(number)).to.equal(referenceNumberSize(number)); }), { numRuns: 500 });
    });
  });

  describe('attributeValueSize', () => {
    for (const [label, value, size] of probedValueSizes) {
      it(`counts ${label} as ${size} bytes`, () => {
        expect(attributeValueSize(value)).to.equal(size);
      });
    }
  });

  it('counts attribute names in UTF-8 bytes', () => {
    expect(attributeSize('é', { S: 'x' })).to.equal(3);
    expect(attributeSize('😀a', { NULL: true })).to.equal(6);
    expect(attributeSize(`${'x'.repeat(40)}é`, { BOOL: false })).to.equal(43);
  });

  it('sums names and values over an item, as the reference does', () => {
    expect(itemSize({})).to.equal(0);
    expect(itemSize({ pk: { S: 'a' }, n: { N: '-1' } })).to.equal(7);
    fc.assert(
      fc.property(attributeMap, attributeValue, (item, value) => {
        expect(itemSize(item)).to.equal(referenceItemSize(item));
        expect(attributeValueSize(value)).to.equal(referenceItemSize({ x: value }) - 1);
      }),
      { numRuns: 300 },
    );
  });
});
