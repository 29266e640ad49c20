/**
 * DynamoDB's messages about keys. Where DynamoDB Local words a message differently from DynamoDB
 * (it says "The number of conditions on the keys is invalid" and "Type mismatch for key" without
 * naming the attribute), these follow DynamoDB.
 */
import type { AttributeType } from '../../values/attribute-value.js';

export const KEY_SCHEMA_MISMATCH = 'The provided key element does not match the schema';
export const INVALID_KEY_VALUE_TYPE = 'Invalid attribute value type';
/**
 * DynamoDB's words for key values over 2048 (partition) and 1024 (sort) bytes, the typo included;
 * DynamoDB Local says "Hash primary key values must be under 2048 bytes, ..." for both and
 * "Size limit exceeded" for index keys.
 */
export const HASH_KEY_TOO_LARGE = 'One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes';
export const RANGE_KEY_TOO_LARGE = 'One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes';

export function indexKeyTooLarge(name: string, actualBytes: number, maxBytes: number, indexName: string): string {
  return `One or more parameter values were invalid: Size limit exceeded for Index Key ${name} Actual Size: ${actualBytes} bytes Max Size: ${maxBytes} bytes IndexName: ${indexName}`;
}

export function missingKeyInItem(name: string): string {
  return `One or more parameter values were invalid: Missing the key ${name} in the item`;
}

export function keyTypeMismatch(name: string, expected: AttributeType, actual: AttributeType): string {
  return `One or more parameter values were invalid: Type mismatch for key ${name} expected: ${expected} actual: ${actual}`;
}

export function indexKeyTypeMismatch(name: string, expected: AttributeType, actual: AttributeType, indexName: string): string {
  return `One or more parameter values were invalid: Type mismatch for Index Key ${name} Expected: ${expected} Actual: ${actual} IndexName: ${indexName}`;
}

function emptyWhat(type: AttributeType): string {
  return type === 'B' ? 'empty binary value' : 'empty string value';
}

export function emptyKeyValue(name: string, type: AttributeType): string {
  return `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an ${emptyWhat(type)}. Key: ${name}`;
}

export function emptyIndexKeyValue(name: string, type: AttributeType, indexName: string): string {
  return `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an ${emptyWhat(type)}. IndexName: ${indexName}, IndexKey: ${name}`;
}

export function updatedIndexKeyEmpty(type: AttributeType): string {
  return `One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an ${emptyWhat(type)}.`;
}

export function cannotUpdateKey(name: string): string {
  return `One or more parameter values were invalid: Cannot update attribute ${name}. This attribute is part of the key`;
}

/** A map lookup or list element on a key attribute (`Key`) or an index key attribute (`IndexKey`). */
export function nestedKeyAccess(label: 'Key' | 'IndexKey', name: string): string {
  return `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: ${label}: ${name}`;
}
