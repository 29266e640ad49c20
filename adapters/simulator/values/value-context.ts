import { SimulatorError } from '../simulator-error.js';
import { canonicalNumber } from './decimal.js';
import { typeMismatchMessage } from './value-messages.js';

/**
 * Where a value comes from. DynamoDB words the messages of expression attribute values
 * differently, and counts the item (or key) map as a nesting level but not a standalone value.
 * - `item`: the attributes of an Item, a Key, an ExclusiveStartKey.
 * - `value`: a standalone value (legacy Expected, AttributeValueList, AttributeUpdates).
 * - `expression-value`: an ExpressionAttributeValues entry, named by its placeholder.
 */
export type ValueContext =
  | { readonly kind: 'item' }
  | { readonly kind: 'value' }
  | { readonly kind: 'expression-value'; readonly placeholder: string };

export const ITEM_CONTEXT: ValueContext = { kind: 'item' };
export const VALUE_CONTEXT: ValueContext = { kind: 'value' };

export function expressionValueContext(placeholder: string): ValueContext {
  return { kind: 'expression-value', placeholder };
}

/** Containers (item included) a value may sit in: 31 levels of maps and lists inside an item. */
export const MAX_NESTING_DEPTH = 32;

/** DynamoDB's ValidationException, worded for the context. */
export function invalidValue(context: ValueContext, message: string): SimulatorError {
  if (context.kind === 'expression-value') {
    return SimulatorError.validation(`ExpressionAttributeValues contains invalid value: ${message} for key ${context.placeholder}`);
  }
  return SimulatorError.validation(message);
}

export function typeMismatch(expected: string, actual: unknown): SimulatorError {
  return new SimulatorError('SerializationException', typeMismatchMessage(expected, actual));
}

/** A number checked and canonicalised, with the error worded for the context. */
export function canonicalNumberIn(text: string, context: ValueContext): string {
  if (context.kind !== 'expression-value') return canonicalNumber(text);
  try {
    return canonicalNumber(text);
  } catch (error) {
    throw error instanceof SimulatorError ? invalidValue(context, error.message) : error;
  }
}
