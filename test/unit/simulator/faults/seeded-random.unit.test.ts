import { expect } from 'chai';
import fc from 'fast-check';
import { createSeededRandom, seedNumber } from '../../../../adapters/simulator/faults/seeded-random.js';

const draws = (seed: number | string, count: number): number[] => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('simulator faults: seeded random', () => {
  it('repeats exactly from the same seed, numbers and strings alike', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), (seed) => {
        expect(draws(seed, 20)).to.deep.equal(draws(seed, 20));
      }),
      { numRuns: 50 },
    );
  });

  it('draws numbers in [0, 1) and integers below the bound', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, bound) => {
        const random = createSeededRandom(seed);
        for (let index = 0; index < 50; index += 1) {
          const value = random.next();
          expect(value >= 0 && value < 1).to.equal(true);
          const below = random.below(bound);
          expect(Number.isInteger(below) && below >= 0 && below < bound).to.equal(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('gives different seeds different sequences, spread over the interval', () => {
    expect(draws(1, 10)).not.to.deep.equal(draws(2, 10));
    expect(draws('a', 10)).not.to.deep.equal(draws('b', 10));
    const values = draws(42, 10_000);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).to.be.within(0.47, 0.53);
    const buckets = new Array<number>(10).fill(0);
    for (const value of values) buckets[Math.floor(value * 10)] = (buckets[Math.floor(value * 10)] ?? 0) + 1;
    for (const count of buckets) expect(count).to.be.within(850, 1150);
  });

  it('refuses seeds that are not finite numbers', () => {
    expect(() => seedNumber(Number.NaN)).to.throw(RangeError);
    expect(seedNumber(-1)).to.equal(4294967295);
  });
});
