import { expect } from 'chai';
import fc from 'fast-check';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { canonicalJson } from '../../../../domain/values/canonical-json.js';
import { entityId, eventType, MAX_PARTITION_KEY_BYTES, userId } from '../../../../domain/values/identifiers.js';
import { isoFromEpochMs, isoTimestamp } from '../../../../domain/values/iso-timestamp.js';
import { itemSize, numberSizeBound, valueSize } from '../../../../domain/values/item-size.js';
import { utf8Length } from '../../../../domain/values/utf8-length.js';
import { sequenceNumber, streamVersion } from '../../../../domain/values/versions.js';

/** DynamoDB's rule for a number's size: one byte per two significant digits, plus one. */
function dynamoNumberSize(value: number): number {
  const digits = Math.abs(value).toExponential().split('e')[0]?.replace('.', '').replace(/0+$/, '').length ?? 1;
  return Math.ceil(digits / 2) + 1;
}

describe('values', () => {
  it('measure UTF-8 like the platform encoder', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(utf8Length(text)).to.equal(new TextEncoder().encode(text).length);
    }));
  });

  it('measure items as DynamoDB does, never below its figure for numbers', () => {
    expect(itemSize({ id: 'abc', n: null, ok: true })).to.equal(2 + 3 + 1 + 1 + 2 + 1);
    expect(valueSize({ a: 'xy', b: [1, 'z'] })).to.equal(3 + (1 + 1 + 2) + (1 + 1 + (3 + 1 + numberSizeBound(1) + 1 + 1)));
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })), (value) => {
      expect(numberSizeBound(value)).to.be.at.least(dynamoNumberSize(value));
      expect(numberSizeBound(value)).to.be.at.most(dynamoNumberSize(value) + 2);
    }));
  });

  it('write canonical JSON with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: null } })).to.equal('{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1}');
  });

  it('keep timestamps in one fixed-width form whose string order is time order', () => {
    const instants = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });
    fc.assert(fc.property(instants, instants, (a, b) => {
      const [left, right] = [isoFromEpochMs(a), isoFromEpochMs(b)];
      expect(isoTimestamp(left)).to.equal(left);
      expect(left.length).to.equal(24);
      expect(left < right ? -1 : left > right ? 1 : 0).to.equal(Math.sign(a - b));
    }));
    expect(isoTimestamp('2025-01-02T03:04:05+01:30')).to.equal('2025-01-02T01:34:05.000Z');
    expect(isoTimestamp('2025-01-02T03:04Z')).to.equal('2025-01-02T03:04:00.000Z');
    expect(isoTimestamp('2024-02-29T00:00:00.123456Z')).to.equal('2024-02-29T00:00:00.123Z');
    for (const bad of ['2025-02-30T00:00:00Z', '2023-02-29T00:00:00Z', '2025-01-01', '2025-01-01T24:00:00Z', '2025-13-01T00:00:00Z', 'yesterday', 20250101]) {
      expect(() => isoTimestamp(bad), String(bad)).to.throw(InvalidInputError);
    }
  });

  it('check identifiers against DynamoDB\'s key limits, in UTF-8 bytes', () => {
    expect(entityId('x'.repeat(MAX_PARTITION_KEY_BYTES))).to.have.length(MAX_PARTITION_KEY_BYTES);
    expect(() => entityId('x'.repeat(MAX_PARTITION_KEY_BYTES + 1))).to.throw(InvalidInputError, /2048/);
    expect(() => userId('é'.repeat(1025))).to.throw(InvalidInputError, /2050/);
    expect(() => eventType('')).to.throw(InvalidInputError, /empty/);
    expect(() => entityId(42, 'id')).to.throw(InvalidInputError, /^id must be a string/);
  });

  it('check versions as whole numbers from their minimum', () => {
    expect(streamVersion(0)).to.equal(0);
    expect(() => sequenceNumber(0)).to.throw(InvalidInputError);
    for (const bad of [-1, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, '1']) expect(() => streamVersion(bad), String(bad)).to.throw(InvalidInputError);
  });
});
