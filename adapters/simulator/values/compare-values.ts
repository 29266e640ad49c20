import type { AttributeValue } from './attribute-value.js';
import { compareBytes } from './compare-bytes.js';
import { compareUtf8 } from './compare-strings.js';
import { compareNumbers } from './decimal.js';
import { loose } from './loose-attribute-value.js';

/**
 * DynamoDB's ordering of scalars of the same type (N by value, S by UTF-8 bytes, B by unsigned
 * bytes); undefined when the types differ or are not ordered, which makes comparisons false.
 */
export function compareValues(a: AttributeValue, b: AttributeValue): number | undefined {
  const x = loose(a);
  const y = loose(b);
  if (x.S !== undefined) return y.S !== undefined ? compareUtf8(x.S, y.S) : undefined;
  if (x.N !== undefined) return y.N !== undefined ? compareNumbers(x.N, y.N) : undefined;
  if (x.B !== undefined) return y.B !== undefined ? compareBytes(x.B, y.B) : undefined;
  return undefined;
}
