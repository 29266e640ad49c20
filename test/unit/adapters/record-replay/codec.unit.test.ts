import { convertToAttr, convertToNative, NumberValueImpl as NumberValue } from '@aws-sdk/util-dynamodb';
import { expect } from 'chai';
import fc from 'fast-check';
import { decodeAttributeValue, encodeAttributeValue } from '../../../../adapters/record-replay/codec/attribute-value-codec.js';
import { canonicalNumber } from '../../../../adapters/record-replay/codec/canonical-number.js';
import type { JsonValue } from '../../../../adapters/record-replay/json-value.js';
import { MARSHALL_OPTIONS } from '../../../../ports/marshalling-options.js';

const safeNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.maxSafeInteger());
const decimalText = fc.tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,20}$/), fc.stringMatching(/^\d{0,8}$/)).map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`);
const binary = fc.uint8Array({ maxLength: 6 });
const numberLike = fc.oneof(safeNumber, fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), decimalText.map((text) => new NumberValue(text)));

/** Document values the SDK's marshaller accepts with the adapters' options. */
const documentValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    numberLike,
    fc.boolean(),
    fc.constant(null),
    binary,
    fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 4 }).map((elements) => new Set(elements)),
    fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 4 }).map((elements) => new Set(elements)),
    fc.uniqueArray(binary, { minLength: 1, maxLength: 3, selector: (bytes) => bytes.join(',') }).map((elements) => new Set(elements)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** The SDK's attribute value with binaries as base64, as a cassette writes them. */
function asCassetteJson(value: unknown): JsonValue {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(asCassetteJson);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, asCassetteJson(field)]));
  return value as JsonValue;
}

const identityText = { wrapNumbers: false, text: (text: string) => text, redacted: (marker: string) => marker };

describe('record/replay codec: attribute values', () => {
  it('writes every value as the SDK marshaller sends it (differential property)', () => {
    fc.assert(
      fc.property(documentValue, (value) => {
        expect(encodeAttributeValue(value, { canonical: false })).to.deep.equal(asCassetteJson(convertToAttr(value, { ...MARSHALL_OPTIONS })));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back exactly what the SDK would unmarshal, with and without wrapNumbers (property)', () => {
    fc.assert(
      fc.property(documentValue, fc.boolean(), (value, wrapNumbers) => {
        const expected: unknown = convertToNative(convertToAttr(value, { ...MARSHALL_OPTIONS }), { wrapNumbers });
        expect(decodeAttributeValue(encodeAttributeValue(value, { canonical: false }), { ...identityText, wrapNumbers })).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('canonical form does not depend on set order or number spelling (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 5 }), fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 5 }), (strings, numbers) => {
        const one = { s: new Set(strings), n: new Set(numbers), v: new NumberValue('7.50') };
        const other = { v: 7.5, n: new Set([...numbers].reverse().map((number) => new NumberValue(`${number}.000`))), s: new Set([...strings].reverse()) };
        expect(encodeAttributeValue(other, { canonical: true })).to.deep.equal(encodeAttributeValue(one, { canonical: true }));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the order of sets in responses (canonical: false)', () => {
    expect(encodeAttributeValue(new Set(['b', 'a']), { canonical: false })).to.deep.equal({ SS: ['b', 'a'] });
    expect(encodeAttributeValue(new Set(['b', 'a']), { canonical: true })).to.deep.equal({ SS: ['a', 'b'] });
    expect(encodeAttributeValue(new Set([10, 9, 100]), { canonical: true })).to.deep.equal({ NS: ['9', '10', '100'] });
  });

  it('writes what the marshaller refuses as INVALID, so that invalid requests are recorded too', () => {
    class Money {
      readonly cents = 5;
    }
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(encodeAttributeValue(undefined, { canonical: true })).to.deep.equal({ INVALID: 'undefined' });
    expect(encodeAttributeValue(new Set(), { canonical: true })).to.deep.equal({ INVALID: 'empty set' });
    expect(encodeAttributeValue(new Set(['a', 1]), { canonical: true })).to.deep.equal({ INVALID: 'set of mixed or unsupported element types' });
    expect(encodeAttributeValue(Number.NaN, { canonical: true })).to.deep.equal({ INVALID: 'special number NaN' });
    expect(encodeAttributeValue(new Money(), { canonical: true })).to.deep.equal({ INVALID: 'instance of Money' });
    expect(JSON.stringify(encodeAttributeValue(cyclic, { canonical: true }))).to.include('nested too deep');
  });

  it('keeps attributes named __proto__ or constructor as data', () => {
    const item: unknown = JSON.parse('{"__proto__": {"x": 1}, "constructor": "c"}');
    const wire = encodeAttributeValue(item, { canonical: true });
    expect(JSON.stringify(wire)).to.equal('{"M":{"__proto__":{"M":{"x":{"N":"1"}}},"constructor":{"S":"c"}}}');
    const decoded = decodeAttributeValue(JSON.parse(JSON.stringify(wire)) as JsonValue, identityText) as Record<string, unknown>;
    expect(Object.getPrototypeOf(decoded)).to.equal(Object.prototype);
    expect(Object.keys(decoded)).to.deep.equal(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(decoded, '__proto__')?.value).to.deep.equal({ x: 1 });
  });

  it('reads binaries as plain Uint8Array and redaction markers through the session', () => {
    const decoded = decodeAttributeValue({ L: [{ B: 'AQI=' }, { REDACTED: 'hmac-sha256:00' }] }, { ...identityText, redacted: (marker) => `seen ${marker}` });
    expect(decoded).to.deep.equal([new Uint8Array([1, 2]), 'seen hmac-sha256:00']);
    expect(Object.getPrototypeOf((decoded as unknown[])[0])).to.equal(Uint8Array.prototype);
    expect(() => decodeAttributeValue({ XX: 'a' }, identityText)).to.throw(TypeError, /not an attribute value/);
  });
});

describe('record/replay codec: canonical numbers', () => {
  const cases: [string, string][] = [
    ['007.500', '7.5'],
    ['75E-1', '7.5'],
    ['-0.000', '0'],
    ['+12', '12'],
    ['1E+2', '100'],
    ['.5', '0.5'],
    ['0.00012300', '0.000123'],
    ['1e100', '1E+100'],
    ['-1.5e-30', '-1.5E-30'],
    ['12345678901234567890123456789012345678', '12345678901234567890123456789012345678'],
    ['not a number', 'not a number'],
    ['', ''],
    ['1.2.3', '1.2.3'],
  ];
  for (const [text, canonical] of cases) {
    it(`writes ${JSON.stringify(text)} as ${JSON.stringify(canonical)}`, () => {
      expect(canonicalNumber(text)).to.equal(canonical);
    });
  }

  it('gives equal numbers one spelling, whatever zeros and exponent they are written with (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -40, max: 40 }), fc.nat(5), fc.nat(5), (digits, exponent, leading, trailing) => {
        const text = digits.toString();
        const negative = text.startsWith('-');
        const magnitude = negative ? text.slice(1) : text;
        const plain = `${negative ? '-' : ''}${'0'.repeat(leading)}${magnitude}${'0'.repeat(trailing)}E${exponent - trailing}`;
        const canonical = canonicalNumber(`${text}E${exponent}`);
        expect(canonicalNumber(plain)).to.equal(canonical);
        expect(canonicalNumber(canonical)).to.equal(canonical);
        expect(Number(canonical)).to.equal(Number(`${text}E${exponent}`));
      }),
      { numRuns: 300 },
    );
  });
});
