/**
 * The value helpers the known deviations share: number spellings, DynamoDB Local's wordings and
 * the errors of applying an update.
 */
import { canonicalNumberText } from './canonical-number.js';

/** Rewrites every number (N, NS) in a value tree. */
export function mapNumbers(value: unknown, map: (text: string) => string): unknown {
  if (Array.isArray(value)) return value.map((element: unknown) => mapNumbers(element, map));
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'N' && typeof inner === 'string') result[key] = map(inner);
    else if (key === 'NS' && Array.isArray(inner)) result[key] = (inner as unknown[]).map((element) => (typeof element === 'string' ? map(element) : element));
    else result[key] = mapNumbers(inner, map);
  }
  return result;
}

export const canonical = (text: string): string => canonicalNumberText(text) ?? text;

/** Messages DynamoDB Local gives instead of DynamoDB's "Member must not be null", by member. */
export const LOCAL_NULL_MESSAGES: Readonly<Record<string, string>> = { 'Item to put in PutItem cannot be null': 'item' };

/** Errors that come from applying an update to the stored item (DynamoDB's wording). */
export const UPDATE_EVALUATION_ERRORS = new Set([
  'The document path provided in the update expression is invalid for update',
  'The provided expression refers to an attribute that does not exist in the item',
  'An operand in the update expression has an incorrect data type',
  'DynamoDB only supports precision up to 38 digits',
  'Number overflow. Attempting to store a number with magnitude larger than supported range',
  'Number underflow. Attempting to store a number with magnitude smaller than supported range',
]);

/** Whether some number of the request is spelled in a non-canonical way (so that two spellings may name one value). */
export function hasNumberSpelledTwoWays(value: unknown): boolean {
  let found = false;
  mapNumbers(value, (text) => {
    if (canonicalNumberText(text) !== text) found = true;
    return text;
  });
  return found;
}
