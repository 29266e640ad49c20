import type { AttributeType, AttributeValue } from './attribute-value.js';
import { loose } from './loose-attribute-value.js';

/**
 * The type tag of a wire value. Values reaching here are validated (exactly one tag); the checks
 * go in the order of how often each type occurs in items.
 */
export function attributeTypeOf(value: AttributeValue): AttributeType {
  const v = loose(value);
  if (v.S !== undefined) return 'S';
  if (v.N !== undefined) return 'N';
  if (v.B !== undefined) return 'B';
  if (v.M !== undefined) return 'M';
  if (v.L !== undefined) return 'L';
  if (v.BOOL !== undefined) return 'BOOL';
  if (v.NULL !== undefined) return 'NULL';
  if (v.SS !== undefined) return 'SS';
  if (v.NS !== undefined) return 'NS';
  return 'BS';
}
