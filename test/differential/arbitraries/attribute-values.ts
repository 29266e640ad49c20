/**
 * Random attribute values of every type in the SDK's wire shape (binaries as Uint8Array):
 * strings with multi-byte characters (DynamoDB orders by UTF-8 bytes), numbers large, small,
 * negative, decimal and in non-canonical spellings, binaries, booleans, nulls, non-empty sets
 * without duplicates, lists and maps nested a few levels.
 */
import fc from 'fast-check';
import { canonicalNumberText } from '../support/canonical-number.js';

export type Value = Readonly<Record<string, unknown>>;
export type Item = Readonly<Record<string, Value>>;

export const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', 'a', 'ab', 'abc', 'b', 'B', 'é', 'Z', '中', '😀', ' a', 'a\u0000b', 'x'.repeat(40)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);

const INTERESTING_NUMBERS = [
  '0', '1', '-1', '2', '10', '-10', '0.5', '-0.5', '1.5', '3.14159', '100', '1000000', '007.500', '1e3', '-1E-3', '1.0', '+5', '.25',
  '1E+125', '-1E+125', '1E-130', '-1E-130', '9.9999999999999999999999999999999999999E+125', '12345678901234567890123456789012345678',
  '-0.00000000000000000000000000000000000001', '99999999999999999999999999999999999999', '0.1', '0.2', '0.3',
];

const plainDecimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
  .map(([negative, magnitude, scale]) => {
    const digits = magnitude.toString().padStart(scale + 1, '0');
    const body = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
    return negative ? `-${body}` : body;
  });

export const numberText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INTERESTING_NUMBERS) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }).map(String) },
  { weight: 2, arbitrary: plainDecimal },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: -140, max: 130 })).map(([mantissa, exponent]) => `${mantissa}E${exponent}`) },
);

export const bytes = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(Uint8Array.of(), Uint8Array.of(0), Uint8Array.of(1), Uint8Array.of(0, 1), Uint8Array.of(255), Uint8Array.of(128, 0)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 6 }) },
);

const hex = (value: Uint8Array): string => Buffer.from(value).toString('hex');

export const stringSet = fc.uniqueArray(text, { minLength: 1, maxLength: 4 }).map((SS): Value => ({ SS }));
export const numberSet = fc.uniqueArray(numberText, { minLength: 1, maxLength: 4, selector: (n) => canonicalNumberText(n) ?? n }).map((NS): Value => ({ NS }));
export const binarySet = fc.uniqueArray(bytes, { minLength: 1, maxLength: 4, selector: hex }).map((BS): Value => ({ BS }));

export const scalarValue: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: text.map((S): Value => ({ S })) },
  { weight: 4, arbitrary: numberText.map((N): Value => ({ N })) },
  { weight: 2, arbitrary: bytes.map((B): Value => ({ B })) },
  { weight: 1, arbitrary: fc.boolean().map((BOOL): Value => ({ BOOL })) },
  { weight: 1, arbitrary: fc.constant<Value>({ NULL: true }) },
  { weight: 1, arbitrary: stringSet },
  { weight: 1, arbitrary: numberSet },
  { weight: 1, arbitrary: binarySet },
);

/** Names inside maps: plain, empty-looking, with dots and brackets (which only placeholders can reach). */
export const MAP_KEYS = ['x', 'y', 'z', 'a', 'n', 'l', 'x.y', 'a[0]', 'status'] as const;

export const { value: attributeValue } = fc.letrec<{ value: Value; list: Value; map: Value }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarValue, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 3 }).map((L): Value => ({ L })),
  map: fc.dictionary(fc.constantFrom(...MAP_KEYS), tie('value'), { maxKeys: 3, noNullPrototype: true }).map((M): Value => ({ M })),
}));

export const numberValue = numberText.map((N): Value => ({ N }));
