/**
 * Random canonical wire values of every type, for the properties of the values module: unique set
 * members, canonical numbers, nesting a few levels deep.
 */
import fc from 'fast-check';
import type { AttributeMap, AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import { canonicalDecimal } from './decimal-reference.js';

const text = fc.string({ unit: 'binary', maxLength: 8 });
const bytes = fc.uint8Array({ maxLength: 8 });
export const attributeName = fc.string({ unit: 'binary', minLength: 1, maxLength: 6 });

function uniqueBytes(values: Uint8Array[]): Uint8Array[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = Buffer.from(value).toString('hex');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const scalarValue: fc.Arbitrary<AttributeValue> = fc.oneof(
  text.map((S): AttributeValue => ({ S })),
  canonicalDecimal.map((N): AttributeValue => ({ N })),
  bytes.map((B): AttributeValue => ({ B })),
  fc.boolean().map((BOOL): AttributeValue => ({ BOOL })),
  fc.constant<AttributeValue>({ NULL: true }),
  fc.uniqueArray(text, { minLength: 1, maxLength: 4 }).map((SS): AttributeValue => ({ SS })),
  fc.uniqueArray(canonicalDecimal, { minLength: 1, maxLength: 4 }).map((NS): AttributeValue => ({ NS })),
  fc.array(bytes, { minLength: 1, maxLength: 4 }).map((values): AttributeValue => ({ BS: uniqueBytes(values) })),
);

export const { attributeValue, attributeMap } = fc.letrec<{ attributeValue: AttributeValue; attributeMap: AttributeMap }>((tie) => ({
  attributeValue: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarValue,
    fc.array(tie('attributeValue'), { maxLength: 3 }).map((L): AttributeValue => ({ L })),
    tie('attributeMap').map((M): AttributeValue => ({ M })),
  ),
  attributeMap: fc.dictionary(attributeName, tie('attributeValue'), { maxKeys: 3, noNullPrototype: true }),
}));
