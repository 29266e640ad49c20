import type { AttributeValue } from './attribute-value.js';
import { compareBytes } from './compare-bytes.js';
import { compareUtf8 } from './compare-strings.js';
import { compareNumbers } from './decimal.js';

/**
 * DynamoDB's ordering of scalars of the same type (N by value, S by UTF-8 bytes, B by unsigned
 * bytes); undefined when the types differ or are not ordered, which makes comparisons false.
 */
export function compareValues(a: AttributeValue, b: AttributeValue): number | undefined {
  if ('S' in a) return 'S' in b ? compareUtf8(a.S, b.S) : undefined;
  if ('N' in a) return 'N' in b ? compareNumbers(a.N, b.N) : undefined;
  if ('B' in a) return 'B' in b ? compareBytes(a.B, b.B) : undefined;
  return undefined;
}
