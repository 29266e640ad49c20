/** fast-check generators of document-shape values (valid and invalid ones) and of wire-form values. */
import { NumberValueImpl } from '@aws-sdk/util-dynamodb';
import fc from 'fast-check';

const attributeName = fc.string({ minLength: 1, maxLength: 6 }).filter((name) => name !== '__proto__');

const numberLike = fc.oneof(
  fc.integer(),
  fc.double({ noDefaultInfinity: false }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
  fc.constantFrom('1.5', '-0.001', '12345678901234567890123456789012345678', '1E+10').map((text) => NumberValueImpl.from(text)),
);

const binary = fc.uint8Array({ maxLength: 6 });

const scalar = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 3, arbitrary: numberLike },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: binary },
);

const set = fc.oneof(
  fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 3 }).map((values) => new Set(values)),
  fc.uniqueArray(fc.integer(), { maxLength: 3 }).map((values) => new Set(values)),
  fc.array(binary, { minLength: 1, maxLength: 2 }).map((values) => new Set(values)),
);

/** Document values, including some the marshaller rejects (empty sets, undefined in a list, NaN). */
export const documentValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: scalar },
    { weight: 2, arbitrary: set },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 2, arbitrary: fc.dictionary(attributeName, tie('value'), { maxKeys: 3 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
})).value;

export const documentItem: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(attributeName, documentValue, { maxKeys: 4 });

/** Wire-form attribute values (binaries as bytes), numbers in DynamoDB's canonical text. */
export const wireValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: fc.string({ maxLength: 6 }).map((text) => ({ S: text })) },
    {
      weight: 3,
      arbitrary: fc.oneof(fc.integer(), fc.constantFrom('0.5', '-12.25', '123456789012345678901234567890', '1E+125', '9007199254740993')).map((number) => ({ N: String(number) })),
    },
    { weight: 2, arbitrary: binary.map((bytes) => ({ B: bytes })) },
    { weight: 1, arbitrary: fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((values) => ({ SS: values })) },
    { weight: 1, arbitrary: fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 3 }).map((values) => ({ NS: values.map(String) })) },
    { weight: 1, arbitrary: fc.uniqueArray(binary, { minLength: 1, maxLength: 2, selector: (bytes) => Array.from(bytes).join(',') }).map((values) => ({ BS: values })) },
    { weight: 1, arbitrary: fc.boolean().map((flag) => ({ BOOL: flag })) },
    { weight: 1, arbitrary: fc.constant({ NULL: true }) },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 3 }).map((values) => ({ L: values })) },
    { weight: 2, arbitrary: fc.dictionary(attributeName, tie('value'), { maxKeys: 3 }).map((map) => ({ M: map })) },
  ),
})).value;

export const wireItem: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(attributeName, wireValue, { minKeys: 1, maxKeys: 4 });

/** JSON text of a wire-form value with binaries as base64, as the JSON protocol carries it. */
export function wireJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, field: unknown) {
    const original = this[key];
    return original instanceof Uint8Array ? Buffer.from(original).toString('base64') : field;
  });
}
