/**
 * DynamoDB's messages for invalid attribute values, as DynamoDB Local words them (probed with
 * wire-level PutItem, GetItem, Scan and UpdateItem requests). Note the double space in the empty
 * set messages, the trailing period only in the binary set duplicate message, and that the number
 * set duplicate message has neither prefix nor elements: all as DynamoDB sends them.
 */
const INVALID = 'One or more parameter values were invalid: ';

export const EMPTY_VALUE_MESSAGE = 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes';
export const MULTIPLE_TYPES_MESSAGE = 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes';
export const NULL_FALSE_MESSAGE = `${INVALID}Null attribute value types must have the value of true`;
export const EMPTY_STRING_SET_MESSAGE = `${INVALID}An string set  may not be empty`;
export const EMPTY_NUMBER_SET_MESSAGE = `${INVALID}An number set  may not be empty`;
export const EMPTY_BINARY_SET_MESSAGE = `${INVALID}Binary sets should not be empty`;
export const NUMBER_SET_DUPLICATES_MESSAGE = 'Input collection contains duplicates';
export const BINARY_SET_DUPLICATES_MESSAGE = `${INVALID}Input collection of type BS contains duplicates.`;
export const NULL_STRING_IN_SET_MESSAGE = `${INVALID}An string set may not have a null string as a member`;
/** DynamoDB Local fails with an InternalFailure here; this wording follows the string set's. */
export const NULL_BINARY_IN_SET_MESSAGE = `${INVALID}An binary set may not have a null binary as a member`;
/** For values of a request (items, keys, expression values, legacy conditions). */
export const NESTING_MESSAGE = 'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit';
/** For an item that an update would nest too deeply (UpdateItem's own wording). */
export const UPDATE_NESTING_MESSAGE = 'Nesting Levels have exceeded supported limits';

/** Java's rendering of the collection: `[a, b, null]`. */
export function stringSetDuplicatesMessage(elements: readonly unknown[]): string {
  return `${INVALID}Input collection [${elements.map((element) => (typeof element === 'string' ? element : 'null')).join(', ')}] contains duplicates`;
}

export function nullValueMessage(name: string | undefined): string {
  return name === undefined ? 'The supplied Item contains a null AttributeValue' : `The supplied Item contains a null AttributeValue: ${name} is null`;
}

/**
 * The deserializer's message for a JSON value of the wrong type. DynamoDB answers these with a
 * SerializationException before validating anything; confirmed wordings are "NUMBER_VALUE cannot
 * be converted to String" and the "Start of ... found where not expected" ones, the others follow
 * the same pattern.
 */
export function typeMismatchMessage(expected: string, actual: unknown): string {
  if (Array.isArray(actual)) return 'Start of list found where not expected';
  if (actual instanceof Uint8Array) return `BLOB_VALUE cannot be converted to ${expected}`;
  if (typeof actual === 'object') return 'Start of structure or map found where not expected';
  const token = typeof actual === 'number' ? 'NUMBER_VALUE' : typeof actual === 'boolean' ? 'BOOLEAN_VALUE' : 'STRING_VALUE';
  return `${token} cannot be converted to ${expected}`;
}
