/**
 * Invalid (and borderline valid) attribute values with what DynamoDB Local 3.3.1 answers for them
 * as the attribute `a` of a PutItem's Item, wire form with binaries as bytes.
 * validate-attribute-value.local.unit.test.ts checks DynamoDB Local still answers so.
 */
const INVALID = 'One or more parameter values were invalid: ';
export const EMPTY = 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes';
export const MULTIPLE = 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes';
export const NOT_A_NUMBER = 'A value provided cannot be converted into a number';
export const SS_EMPTY = `${INVALID}An string set  may not be empty`;
export const NS_EMPTY = `${INVALID}An number set  may not be empty`;
export const BS_EMPTY = `${INVALID}Binary sets should not be empty`;
export const NS_DUPLICATES = 'Input collection contains duplicates';
export const BS_DUPLICATES = `${INVALID}Input collection of type BS contains duplicates.`;
export const SS_NULL = `${INVALID}An string set may not have a null string as a member`;
export const NULL_FALSE = `${INVALID}Null attribute value types must have the value of true`;
export const NESTING = 'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit';
export const PRECISION = 'DynamoDB only supports precision up to 38 digits';
export const OVERFLOW = 'Number overflow. Attempting to store a number with magnitude larger than supported range';
export const UNDERFLOW = 'Number underflow. Attempting to store a number with magnitude smaller than supported range';

const b = (...bytes: number[]): Uint8Array => Uint8Array.from(bytes);

/** `depth` nested maps around a string. */
export function nestedMaps(depth: number, inner: unknown = { S: 'x' }): unknown {
  let value = inner;
  for (let level = 0; level < depth; level++) value = { M: { a: value } };
  return value;
}

export function nestedLists(depth: number, inner?: unknown): unknown {
  let value: unknown = inner ?? { L: [] };
  for (let level = inner === undefined ? 1 : 0; level < depth; level++) value = { L: [value] };
  return value;
}

/** [label, value of `a`, DynamoDB's message or undefined when valid] */
export const probedValues: readonly (readonly [string, unknown, string | undefined])[] = [
  ['no type', {}, EMPTY],
  ['an unknown type', { X: 'a' }, EMPTY],
  ['a lower-case type', { s: 'a' }, EMPTY],
  ['a null type', { S: null }, EMPTY],
  ['a string and an unknown member', { S: 'a', foo: 1 }, undefined],
  ['two types', { S: 'a', N: '1' }, MULTIPLE],
  ['a string and a binary', { S: 'a', B: b(0) }, MULTIPLE],
  ['a type and a null type', { S: 'a', N: null }, undefined],
  ['NULL and a string', { NULL: true, S: 'a' }, MULTIPLE],
  ['NULL false', { NULL: false }, NULL_FALSE],
  ['an empty string', { S: '' }, undefined],
  ['an empty binary', { B: b() }, undefined],
  ['a bad number', { N: '' }, NOT_A_NUMBER],
  ['an empty string set', { SS: [] }, SS_EMPTY],
  ['an empty number set', { NS: [] }, NS_EMPTY],
  ['an empty binary set', { BS: [] }, BS_EMPTY],
  ['a string set with the empty string', { SS: ['', 'a'] }, undefined],
  ['a binary set with the empty binary', { BS: [b()] }, undefined],
  ['string set duplicates', { SS: ['a', 'a'] }, `${INVALID}Input collection [a, a] contains duplicates`],
  ['string set duplicates, twice', { SS: ['a', 'b', 'a', 'b'] }, `${INVALID}Input collection [a, b, a, b] contains duplicates`],
  ['string set duplicates with null', { SS: ['a', 'a', null] }, `${INVALID}Input collection [a, a, null] contains duplicates`],
  ['string set of two nulls', { SS: [null, null] }, `${INVALID}Input collection [null, null] contains duplicates`],
  ['string set with null', { SS: [null, 'a'] }, SS_NULL],
  ['number set duplicates', { NS: ['1', '1'] }, NS_DUPLICATES],
  ['number set duplicates by value', { NS: ['1', '1.0'] }, NS_DUPLICATES],
  ['number set duplicates by value, with leading zeros', { NS: ['1', '01', '2'] }, NS_DUPLICATES],
  ['number set: a duplicate before a bad number', { NS: ['1', '1', 'x'] }, NS_DUPLICATES],
  ['number set: a bad number before a duplicate', { NS: ['x', '1', '1'] }, NOT_A_NUMBER],
  ['number set: an overflow before a duplicate', { NS: ['1e999', '1', '1.0'] }, OVERFLOW],
  ['number set: a duplicate before an overflow', { NS: ['1.0', '1', '1e999'] }, NS_DUPLICATES],
  ['number set: precision before a duplicate', { NS: ['1'.repeat(39), '1', '1.0'] }, PRECISION],
  ['number set: an underflow first', { NS: ['1e-999', '1e999'] }, UNDERFLOW],
  ['number set with null', { NS: ['1', null] }, NOT_A_NUMBER],
  ['number set with a bad number', { NS: ['1', 'x'] }, NOT_A_NUMBER],
  ['number set with an underflow', { NS: ['1', '1E-131'] }, UNDERFLOW],
  ['binary set duplicates', { BS: [b(0, 1, 2), b(3, 4), b(0, 1, 2)] }, BS_DUPLICATES],
  ['a number and an empty string set', { N: 'x', SS: [] }, SS_EMPTY],
  ['an empty string set and a number', { SS: [], N: 'x' }, SS_EMPTY],
  ['a string and an empty string set', { S: 'a', SS: [] }, SS_EMPTY],
  ['an empty number set and an empty string set', { NS: [], SS: [] }, SS_EMPTY],
  ['an empty binary set and an empty number set', { BS: [], NS: [] }, NS_EMPTY],
  ['string set duplicates and a bad number set', { SS: ['a', 'a'], NS: ['x'] }, `${INVALID}Input collection [a, a] contains duplicates`],
  ['a bad number and a string', { S: 'a', N: 'x' }, NOT_A_NUMBER],
  ['a bad number and an empty number set', { N: 'x', NS: [] }, NOT_A_NUMBER],
  ['a bad number and a bad map', { M: { x: {} }, N: 'x' }, NOT_A_NUMBER],
  ['a bad number and NULL false', { NULL: false, N: 'x' }, NOT_A_NUMBER],
  ['binary set duplicates and a bad number', { N: 'x', BS: [b(0), b(0)] }, NOT_A_NUMBER],
  ['an empty binary set and a bad number set', { NS: ['x'], BS: [] }, NOT_A_NUMBER],
  ['a bad list and an empty string set', { L: [{}], SS: [] }, SS_EMPTY],
  ['a bad map and an empty number set', { M: { x: {} }, NS: [] }, NS_EMPTY],
  ['a bad map and a string', { S: 'a', M: { x: {} } }, EMPTY],
  ['a bad map and a bad list', { L: [{}], M: { x: { SS: [] } } }, SS_EMPTY],
  ['a bad list and a bad map', { M: { x: { SS: [] } }, L: [{}] }, SS_EMPTY],
  ['a bad map and NULL false', { NULL: false, M: { x: {} } }, EMPTY],
  ['a bad list and NULL false', { NULL: false, L: [{}] }, EMPTY],
  ['NULL false and a string', { S: 'a', NULL: false }, NULL_FALSE],
  ['NULL false and a boolean', { BOOL: true, NULL: false }, NULL_FALSE],
  ['a list with a bad number and an empty number set', { NS: [], L: [{ N: 'x' }] }, NS_EMPTY],
  ['a list with an empty value', { L: [{}] }, EMPTY],
  ['a map with an empty value', { M: { a: {} } }, EMPTY],
  ['a map with an empty string set', { M: { a: { SS: [] } } }, SS_EMPTY],
  ['a list with null', { L: [null] }, 'The supplied Item contains a null AttributeValue'],
  ['a map with null', { M: { x: null } }, 'The supplied Item contains a null AttributeValue: x is null'],
  ['null', null, 'The supplied Item contains a null AttributeValue: a is null'],
  ['31 nested maps', nestedMaps(31), undefined],
  ['32 nested maps', nestedMaps(32), NESTING],
  ['31 nested lists, the innermost empty', nestedLists(31), undefined],
  ['32 nested lists, the innermost empty', nestedLists(32), NESTING],
  ['31 nested lists around a string', nestedLists(31, { S: 'x' }), undefined],
  ['32 maps, the innermost empty', nestedMaps(31, { M: {} }), NESTING],
  ['40 nested maps around an empty set', nestedMaps(40, { SS: [] }), NESTING],
  ['deep maps and an empty string set', { M: (nestedMaps(40) as { M: unknown }).M, SS: [] }, SS_EMPTY],
  ['deep maps and a bad number', { N: 'x', M: (nestedMaps(40) as { M: unknown }).M }, NOT_A_NUMBER],
];

/** [label, the item's attributes after `pk`, message]: the first bad attribute in document order wins. */
export const probedItems: readonly (readonly [string, Record<string, unknown>, string])[] = [
  ['an empty set, then no type', { a: { SS: [] }, b: {} }, SS_EMPTY],
  ['no type, then an empty set', { a: {}, b: { SS: [] } }, EMPTY],
  ['a bad number, then no type', { a: { N: 'x' }, b: {} }, NOT_A_NUMBER],
  ['an empty set, then a bad number', { a: { SS: [] }, b: { N: 'x' } }, SS_EMPTY],
  ['NULL false, then an empty set', { a: { NULL: false }, b: { SS: [] } }, NULL_FALSE],
  ['null, then no type', { a: null, b: {} }, 'The supplied Item contains a null AttributeValue: a is null'],
  ['no type, then null', { a: {}, b: null }, EMPTY],
  ['too deep, then an empty set', { a: nestedMaps(33), b: { SS: [] } }, NESTING],
  ['an empty set, then too deep', { b: { SS: [] }, a: nestedMaps(33) }, SS_EMPTY],
];

/** [label, value of :v, message without the ExpressionAttributeValues wording] */
export const probedExpressionValues: readonly (readonly [string, unknown, string])[] = [
  ['no type', {}, EMPTY],
  ['two types', { S: 'a', N: '1' }, MULTIPLE],
  ['an empty string set', { SS: [] }, SS_EMPTY],
  ['an empty number set', { NS: [] }, NS_EMPTY],
  ['an empty binary set', { BS: [] }, BS_EMPTY],
  ['string set duplicates', { SS: ['a', 'a'] }, `${INVALID}Input collection [a, a] contains duplicates`],
  ['number set duplicates', { NS: ['1', '1'] }, NS_DUPLICATES],
  ['binary set duplicates', { BS: [b(0), b(0)] }, BS_DUPLICATES],
  ['a bad number', { N: 'x' }, NOT_A_NUMBER],
  ['39 digits', { N: '1'.repeat(39) }, PRECISION],
  ['an overflow', { N: '1E+126' }, OVERFLOW],
  ['an underflow', { N: '1E-131' }, UNDERFLOW],
  ['NULL false', { NULL: false }, NULL_FALSE],
  ['a null string in a set', { SS: [null] }, SS_NULL],
  ['null', null, 'The supplied Item contains a null AttributeValue'],
  ['a list with no type', { L: [{}] }, EMPTY],
  ['a map with an empty set', { M: { x: { SS: [] } } }, SS_EMPTY],
  ['a map with null', { M: { x: null } }, 'The supplied Item contains a null AttributeValue: x is null'],
  ['a list with null', { L: [null] }, 'The supplied Item contains a null AttributeValue'],
  ['33 nested maps', nestedMaps(33), NESTING],
];
