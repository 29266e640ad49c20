/**
 * Document values of every attribute type, within DynamoDB's rules: sets non-empty and without
 * duplicates, map keys non-empty, numbers exact (safe integers and short decimals, negative
 * ones included), strings of whole Unicode graphemes (no lone surrogates, which UTF-8 cannot
 * carry). Empty strings, binaries, lists and maps are allowed and generated.
 */
import fc from 'fast-check';
import type { DocumentValue, SetValue } from '../../../../ports/document-value.js';
import { canonicalString } from '../values/normalize-value.js';

/** Numbers a JavaScript number holds exactly, so the model's arithmetic is DynamoDB's. */
export const exactNumberArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 1, max: 4 })).map(([mantissa, scale]) => mantissa / 10 ** scale),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e-7, -0.5),
);

export const shortStringArbitrary: fc.Arbitrary<string> = fc.string({ unit: 'grapheme', maxLength: 5 });

export const bytesArbitrary: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 4 });

const mapKeyArbitrary = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '_', '1'), minLength: 1, maxLength: 3 });

export const setArbitrary: fc.Arbitrary<SetValue> = fc.oneof(
  fc.uniqueArray(shortStringArbitrary, { minLength: 1, maxLength: 3 }).map((values) => new Set(values)),
  fc.uniqueArray(exactNumberArbitrary, { minLength: 1, maxLength: 3, selector: canonicalString }).map((values) => new Set(values)),
  fc.uniqueArray(bytesArbitrary, { minLength: 1, maxLength: 3, selector: canonicalString }).map((values) => new Set(values)),
);

const scalarArbitrary: fc.Arbitrary<DocumentValue> = fc.oneof(
  shortStringArbitrary,
  exactNumberArbitrary,
  bytesArbitrary,
  fc.boolean(),
  fc.constant(null),
  setArbitrary,
);

const { value } = fc.letrec<{ value: DocumentValue; list: DocumentValue[]; map: Record<string, DocumentValue> }>((tie) => ({
  value: fc.oneof({ maxDepth: 2, depthIdentifier: 'document' }, scalarArbitrary, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 3, depthIdentifier: 'document' }),
  map: fc.dictionary(mapKeyArbitrary, tie('value'), { maxKeys: 3, noNullPrototype: true, depthIdentifier: 'document' }),
}));

/** Any document value: S, N, B, BOOL, NULL, SS, NS, BS, and L and M nesting them. */
export const documentValueArbitrary: fc.Arbitrary<DocumentValue> = value;
