/** JSON that DynamoDB stores and returns unchanged: the values the stores accept. */
import fc from 'fast-check';
import type { JsonValue } from '../../../../domain/values/json-value.js';

const storableNumber = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger(),
  fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }).map((n) => (Math.abs(n) < 1e-130 ? 0 : n)),
);

export const storableJson: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    storableNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;
