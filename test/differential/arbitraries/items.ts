/**
 * Keys and items for a table shape. Key values come from small pools so that operations of one
 * sequence meet the same items again; index key attributes are present in some items and absent
 * in others (sparse indexes); non-key attributes are any values, under plain names, a reserved
 * word and names that only a placeholder can reach.
 */
import fc from 'fast-check';
import { attributeValue, numberValue, type Item, type Value } from './attribute-values.js';
import { keyAttributes, type KeyAttribute, type KeyType, type TableShape } from './table-shapes.js';

const KEY_POOLS: Readonly<Record<KeyType, readonly Value[]>> = {
  S: [{ S: 'a' }, { S: 'b' }, { S: 'ab' }, { S: 'é' }, { S: 'Z' }],
  N: [{ N: '-1.5' }, { N: '0' }, { N: '1' }, { N: '2' }, { N: '10' }],
  B: [{ B: Uint8Array.of(0) }, { B: Uint8Array.of(1) }, { B: Uint8Array.of(0, 1) }, { B: Uint8Array.of(255) }, { B: Uint8Array.of(1, 2) }],
};

/** Spellings of pooled keys that DynamoDB stores as the same number. */
const NUMBER_SPELLINGS: Readonly<Record<string, readonly string[]>> = { '1': ['1.0', '1e0', '+1'], '10': ['1E1', '10.00'], '0': ['-0', '0.0'] };

export function keyValue(type: KeyType): fc.Arbitrary<Value> {
  const pooled = fc.constantFrom(...KEY_POOLS[type]);
  if (type !== 'N') return pooled;
  return fc.oneof(
    { weight: 6, arbitrary: pooled },
    { weight: 1, arbitrary: fc.constantFrom(...Object.values(NUMBER_SPELLINGS).flat()).map((N): Value => ({ N })) },
  );
}

/** Any value of a key's type, as conditions on key attributes compare with. */
export function valueOfType(type: KeyType): fc.Arbitrary<Value> {
  return fc.oneof(keyValue(type), type === 'N' ? numberValue : attributeValue.filter((value) => type in value));
}

export function keyOf(shape: TableShape): fc.Arbitrary<Item> {
  const range = shape.range;
  return fc.record({ hash: keyValue(shape.hash.type), range: range === undefined ? fc.constant(undefined) : keyValue(range.type) }).map(({ hash, range: rangeValue }) => {
    const key: Record<string, Value> = { [shape.hash.name]: hash };
    if (range !== undefined && rangeValue !== undefined) key[range.name] = rangeValue;
    return key;
  });
}

export const NON_KEY_ATTRIBUTES = ['a', 'b', 'n', 'm', 'l', 's', 'status', 'x.y', 'ttl'] as const;

/** Values biased to the kinds of documents the names suggest: `n` a number, `m` a map, `l` a list, `s` a set. */
function nonKeyValue(name: string): fc.Arbitrary<Value> {
  switch (name) {
    case 'n':
    case 'ttl':
      return fc.oneof({ weight: 4, arbitrary: numberValue }, { weight: 1, arbitrary: attributeValue });
    case 'm':
      return fc.oneof({ weight: 4, arbitrary: attributeValue.filter((value) => 'M' in value) }, { weight: 1, arbitrary: attributeValue });
    case 'l':
      return fc.oneof({ weight: 4, arbitrary: attributeValue.filter((value) => 'L' in value) }, { weight: 1, arbitrary: attributeValue });
    case 's':
      return fc.oneof({ weight: 4, arbitrary: attributeValue.filter((value) => 'SS' in value || 'NS' in value || 'BS' in value) }, { weight: 1, arbitrary: attributeValue });
    default:
      return attributeValue;
  }
}

function indexAttributeValue(attribute: KeyAttribute): fc.Arbitrary<Value | undefined> {
  return fc.oneof(
    { weight: 5, arbitrary: keyValue(attribute.type) },
    { weight: 3, arbitrary: fc.constant(undefined) },
    // A value of another type, or an empty one: DynamoDB refuses the item.
    { weight: 1, arbitrary: fc.oneof(attributeValue, fc.constant<Value>({ S: '' }), fc.constant<Value>({ B: Uint8Array.of() })) },
  );
}

export function itemOf(shape: TableShape): fc.Arbitrary<Item> {
  const keyNames = new Set([shape.hash.name, shape.range?.name]);
  const indexOnly = keyAttributes(shape).filter((attribute) => !keyNames.has(attribute.name));
  return fc
    .record({
      key: keyOf(shape),
      indexValues: fc.tuple(...indexOnly.map(indexAttributeValue)),
      rest: fc.subarray([...NON_KEY_ATTRIBUTES], { maxLength: 5 }).chain((names) => fc.tuple(...names.map((name) => nonKeyValue(name).map((value) => [name, value] as const)))),
    })
    .map(({ key, indexValues, rest }) => {
      const item: Record<string, Value> = { ...key };
      indexOnly.forEach((attribute, position) => {
        const value = indexValues[position];
        if (value !== undefined) item[attribute.name] = value;
      });
      for (const [name, value] of rest) item[name] = value;
      return item;
    });
}
