import { expect } from 'chai';
import fc from 'fast-check';
import { addNumbers, canonicalNumber, compareNumbers, isCanonicalNumber, subtractNumbers } from '../../../../adapters/simulator/values/decimal.js';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import { OVERFLOW, PRECISION, UNDERFLOW, probedNumberErrors, probedNumbers } from './decimal-probes.js';
import {
  addRationals, canonicalDecimal, canonicalShape, compareRationals, fromPlain, limitError, negate, plainOf, spelledDecimal,
} from './decimal-reference.js';

function errorOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).to.be.instanceOf(SimulatorError);
    expect((error as SimulatorError).errorName).to.equal('ValidationException');
    return (error as Error).message;
  }
}

describe('decimal', () => {
  describe('canonicalNumber', () => {
    for (const [input, canonical] of probedNumbers) {
      it(`reads ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)} as DynamoDB does`, () => {
        expect(canonicalNumber(input)).to.equal(canonical);
      });
    }

    for (const [input, message] of probedNumberErrors) {
      it(`rejects ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)} as DynamoDB does`, () => {
        expect(errorOf(() => canonicalNumber(input))).to.equal(message);
      });
    }

    it('answers an overflow where DynamoDB Local fails internally (stripping zeros leaves Java\'s int range)', () => {
      expect(errorOf(() => canonicalNumber('100e2147483647'))).to.equal(OVERFLOW);
      expect(errorOf(() => canonicalNumber('-100.0e2147483647'))).to.equal(OVERFLOW);
    });

    it('returns the value of any spelling, in canonical form, or the limit error of the value', () => {
      fc.assert(
        fc.property(spelledDecimal, ({ text, value }) => {
          const expected = limitError(value);
          if (expected !== undefined) {
            expect(errorOf(() => canonicalNumber(text))).to.equal(expected);
            return;
          }
          const canonical = canonicalNumber(text);
          expect(canonical).to.match(canonicalShape);
          expect(compareRationals(fromPlain(canonical), value)).to.equal(0);
        }),
        { numRuns: 300 },
      );
    });

    it('is idempotent, and canonical numbers are recognised as such', () => {
      fc.assert(
        fc.property(canonicalDecimal, (canonical) => {
          expect(isCanonicalNumber(canonical)).to.equal(true);
          expect(canonicalNumber(canonical)).to.equal(canonical);
        }),
        { numRuns: 300 },
      );
    });

    it('does not take non-canonical spellings for canonical ones', () => {
      for (const text of ['-0', '00', '01', '1.0', '1.', '.5', '+1', '1e3', '0.50', '-', '', '1'.repeat(39), `1${'0'.repeat(126)}`, `0.${'0'.repeat(130)}1`, '0.', '١']) {
        expect(isCanonicalNumber(text), text).to.equal(false);
      }
    });
  });

  describe('compareNumbers', () => {
    it('agrees with exact rational comparison', () => {
      fc.assert(
        fc.property(canonicalDecimal, canonicalDecimal, (a, b) => {
          expect(Math.sign(compareNumbers(a, b))).to.equal(compareRationals(fromPlain(a), fromPlain(b)));
        }),
        { numRuns: 500 },
      );
    });

    it('orders edge cases', () => {
      const ordered = ['-1000', '-999.5', '-10', '-9', '-1.01', '-1', '-0.5', `-0.${'0'.repeat(129)}1`, '0', `0.${'0'.repeat(129)}1`, '0.001', '0.01', '0.1', '0.11', '1', '1.5', '9', '10', '10.5', '100'];
      for (let i = 0; i < ordered.length; i++) {
        for (let j = 0; j < ordered.length; j++) {
          expect(Math.sign(compareNumbers(ordered[i] ?? '', ordered[j] ?? '')), `${ordered[i]} vs ${ordered[j]}`).to.equal(Math.sign(i - j));
        }
      }
    });
  });

  describe('addNumbers and subtractNumbers', () => {
    it('are exact, canonical, and fail with the limit error of the exact result', () => {
      fc.assert(
        fc.property(canonicalDecimal, canonicalDecimal, fc.boolean(), (a, b, subtract) => {
          const exact = addRationals(fromPlain(a), subtract ? negate(fromPlain(b)) : fromPlain(b));
          const run = (): string => (subtract ? subtractNumbers(a, b) : addNumbers(a, b));
          const expected = limitError(exact);
          if (expected !== undefined) {
            expect(errorOf(run)).to.equal(expected);
            return;
          }
          const result = run();
          expect(result).to.match(canonicalShape);
          expect(compareRationals(fromPlain(result), exact)).to.equal(0);
        }),
        { numRuns: 500 },
      );
    });

    it('match what DynamoDB answers for ADD and SET arithmetic at the limits', () => {
      expect(addNumbers('9'.repeat(38), '1')).to.equal(`1${'0'.repeat(38)}`);
      expect(errorOf(() => addNumbers('1'.repeat(38), '0.1'))).to.equal(PRECISION);
      expect(errorOf(() => addNumbers(canonicalNumber('1E+125'), '1'))).to.equal(PRECISION);
      expect(errorOf(() => addNumbers(canonicalNumber('-1E+125'), canonicalNumber('-9E+125')))).to.equal(OVERFLOW);
      expect(errorOf(() => addNumbers(canonicalNumber('5E-130'), canonicalNumber('-4.9E-130')))).to.equal(UNDERFLOW);
      expect(errorOf(() => addNumbers('1', canonicalNumber('1E-38')))).to.equal(PRECISION);
      expect(addNumbers('1', canonicalNumber('1E-37'))).to.equal(`1.${'0'.repeat(36)}1`);
      expect(addNumbers(canonicalNumber('2E-130'), canonicalNumber('-1E-130'))).to.equal(canonicalNumber('1E-130'));
      // DynamoDB Local answers `1.0` and `0.0` here; DynamoDB stores numbers normalised.
      expect(addNumbers('0.5', '0.5')).to.equal('1');
      expect(addNumbers('1.5', '-1.5')).to.equal('0');
      expect(subtractNumbers('1', '1')).to.equal('0');
      expect(subtractNumbers('-5', '-7')).to.equal('2');
      expect(addNumbers('999999999999999', '1')).to.equal('1000000000000000');
      expect(subtractNumbers('-999999999999999', '1')).to.equal('-1000000000000000');
    });

    it('are exact at the edge of the double-arithmetic shortcut for short operands', () => {
      expect(addNumbers('99999999999999.9', '0.1')).to.equal('100000000000000');
      expect(addNumbers('0.1', '0.2')).to.equal('0.3');
      expect(subtractNumbers('0.3', '0.1')).to.equal('0.2');
      expect(addNumbers('-0.00000000000001', '0.00000000000003')).to.equal('0.00000000000002');
      expect(addNumbers('12345678901234.5', '0.00000000000001')).to.equal('12345678901234.50000000000001');
      expect(addNumbers('999999999999999', '999999999999999')).to.equal('1999999999999998');
      expect(subtractNumbers('1.25', '1.25')).to.equal('0');
      expect(subtractNumbers('1.25', '0.05')).to.equal('1.2');
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.nat({ max: 15 }), fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.nat({ max: 15 }), (x, xs, y, ys) => {
          const a = plainOf({ numerator: x, scale: xs });
          const b = plainOf({ numerator: y, scale: ys });
          expect(compareRationals(fromPlain(addNumbers(a, b)), addRationals(fromPlain(a), fromPlain(b)))).to.equal(0);
          expect(compareRationals(fromPlain(subtractNumbers(a, b)), addRationals(fromPlain(a), negate(fromPlain(b))))).to.equal(0);
        }),
        { numRuns: 300 },
      );
    });
  });
});
