import type { AttributeType, AttributeValue } from './attribute-value.js';

/**
 * The type tag of a wire value. Values reaching here are validated (exactly one tag), so the
 * checks go in the order of how often each type occurs in items.
 */
export function attributeTypeOf(value: AttributeValue): AttributeType {
  if ('S' in value) return 'S';
  if ('N' in value) return 'N';
  if ('B' in value) return 'B';
  if ('M' in value) return 'M';
  if ('L' in value) return 'L';
  if ('BOOL' in value) return 'BOOL';
  if ('NULL' in value) return 'NULL';
  if ('SS' in value) return 'SS';
  if ('NS' in value) return 'NS';
  return 'BS';
}
