import { expect } from 'chai';
import fc from 'fast-check';
import type { AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import { encodeKeyValue, keySize } from '../../../../adapters/simulator/values/key-codec.js';
import { canonicalDecimal } from './decimal-reference.js';

const keyValue: fc.Arbitrary<AttributeValue> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }).map((S): AttributeValue => ({ S })),
  canonicalDecimal.map((N): AttributeValue => ({ N })),
  fc.uint8Array({ maxLength: 6 }).map((B): AttributeValue => ({ B })),
);

function sameKey(a: AttributeValue, b: AttributeValue): boolean {
  if ('S' in a) return 'S' in b && a.S === b.S;
  if ('N' in a) return 'N' in b && a.N === b.N;
  if ('B' in a) return 'B' in b && Buffer.compare(a.B, b.B) === 0;
  return false;
}

describe('key codec', () => {
  it('encodes two key values alike exactly when they are the same value of the same type', () => {
    fc.assert(
      fc.property(keyValue, keyValue, (a, b) => {
        expect(encodeKeyValue(a) === encodeKeyValue(b)).to.equal(sameKey(a, b));
      }),
      { numRuns: 500 },
    );
    expect(encodeKeyValue({ S: '1' })).to.not.equal(encodeKeyValue({ N: '1' }));
    expect(encodeKeyValue({ S: '1' })).to.not.equal(encodeKeyValue({ B: Uint8Array.of(49) }));
    expect(encodeKeyValue({ B: Uint8Array.of(0xff, 0) })).to.not.equal(encodeKeyValue({ B: Uint8Array.of(0xff) }));
  });

  it('encodes a binary by its bytes, whatever buffer holds them', () => {
    const backing = Uint8Array.of(9, 1, 2, 3, 9);
    expect(encodeKeyValue({ B: backing.subarray(1, 4) })).to.equal(encodeKeyValue({ B: Uint8Array.of(1, 2, 3) }));
  });

  it('refuses values that cannot be keys', () => {
    expect(() => encodeKeyValue({ BOOL: true })).to.throw(TypeError);
  });

  it('sizes key values as DynamoDB\'s key limits count them', () => {
    expect(keySize({ S: 'é'.repeat(1024) })).to.equal(2048);
    expect(keySize({ S: '😀' })).to.equal(4);
    expect(keySize({ B: new Uint8Array(1024) })).to.equal(1024);
    expect(keySize({ N: '-12345678901234567890123456789012345678' })).to.equal(21);
    expect(keySize({ N: '1' })).to.equal(2);
  });
});
