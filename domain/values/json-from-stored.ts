/**
 * Turns a value read from the DynamoDB port back into JSON. With `wrapNumbers` the port returns
 * numbers as NumberValue objects (a class instance with a decimal `value` string); everything
 * this library writes is JSON, so they are turned back into numbers. Anything else that is not
 * JSON (sets, binaries) means the item was not written by this library.
 */
import { CorruptRecordError } from '../errors/corrupt-record-error.js';
import { isPlainObject, type JsonValue } from './json-value.js';

function isWrappedNumber(value: object): value is { readonly value: string } {
  return !isPlainObject(value) && typeof (value as { value?: unknown }).value === 'string';
}

export function jsonFromStored(value: unknown, what: string, attribute: string): JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return Object.freeze(value.map((element: unknown) => jsonFromStored(element, what, attribute)));
      if (isPlainObject(value)) {
        const entries = Object.keys(value).map((key): [string, JsonValue] => [key, jsonFromStored(value[key], what, attribute)]);
        return Object.freeze(Object.fromEntries(entries));
      }
      if (isWrappedNumber(value)) {
        const number = Number(value.value);
        if (Number.isFinite(number)) return number;
      }
      throw new CorruptRecordError(what, attribute, 'holds a value that is not JSON (a set, a binary or a number out of range)');
    }
    default:
      throw new CorruptRecordError(what, attribute, `holds a ${typeof value}`);
  }
}

/** A stored number attribute (plain or wrapped) as a JavaScript number. */
export function numberFromStored(value: unknown, what: string, attribute: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null && isWrappedNumber(value)) return Number(value.value);
  throw new CorruptRecordError(what, attribute, 'is not a number');
}

export function stringFromStored(value: unknown, what: string, attribute: string): string {
  if (typeof value === 'string') return value;
  throw new CorruptRecordError(what, attribute, 'is not a string');
}
