import { expect } from 'chai';
import fc from 'fast-check';
import { cloneItem, cloneValue } from '../../../../adapters/simulator/values/clone-value.js';
import { attributeMap, attributeValue } from './attribute-value-arbitrary.js';

function containers(value: unknown, into: unknown[] = []): unknown[] {
  if (typeof value === 'object' && value !== null) {
    into.push(value);
    if (!(value instanceof Uint8Array)) for (const child of Object.values(value)) containers(child, into);
  }
  return into;
}

describe('cloneValue and cloneItem', () => {
  it('return equal values that share no object, array or buffer with the original', () => {
    fc.assert(
      fc.property(attributeMap, attributeValue, (item, value) => {
        for (const [original, copy] of [[item, cloneItem(item)], [value, cloneValue(value)]] as const) {
          expect(copy).to.deep.equal(original);
          const originals = new Set(containers(original));
          for (const part of containers(copy)) expect(originals.has(part)).to.equal(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
