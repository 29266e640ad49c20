/**
 * Validates a caller's value as JSON that DynamoDB stores and returns unchanged, and returns a
 * deeply frozen copy (the caller's object is neither frozen nor kept, so later changes to it
 * cannot reach a stored record). One walk does both.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isPlainObject, type JsonObject, type JsonValue } from './json-value.js';

/**
 * DynamoDB nests lists and maps at most 32 levels deep counting the item itself (probed on
 * DynamoDB Local: an attribute holding 31 nested maps is accepted, 32 are refused).
 */
export const MAX_ATTRIBUTE_DEPTH = 31;

/** DynamoDB's smallest positive magnitude; the largest is beyond Number.MAX_SAFE_INTEGER anyway. */
const SMALLEST_MAGNITUDE = 1e-130;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkNumber(value: number, at: () => string): number {
  if (!Number.isFinite(value)) throw new InvalidInputError(at(), `must be a finite number, not ${String(value)}`);
  const magnitude = Math.abs(value);
  // The SDK refuses numbers beyond the safe integer range (their decimal form is not exact).
  if (magnitude > Number.MAX_SAFE_INTEGER) throw new InvalidInputError(at(), `must be at most ${Number.MAX_SAFE_INTEGER} in magnitude (got ${value})`);
  if (magnitude !== 0 && magnitude < SMALLEST_MAGNITUDE) throw new InvalidInputError(at(), `is smaller in magnitude than DynamoDB's 1E-130 (got ${value})`);
  // -0 is stored as 0; returning 0 keeps what is read back equal to what was written.
  return value === 0 ? 0 : value;
}

function checkString(value: string, at: () => string): string {
  // The cheap test first: most strings hold no surrogate at all.
  if (SURROGATE.test(value) && LONE_SURROGATE.test(value)) throw new InvalidInputError(at(), 'contains a lone UTF-16 surrogate, which cannot be stored as UTF-8');
  return value;
}

/**
 * Where a value sits, for error messages only: built from its parent's location when an error
 * needs it, so that the common path (valid input) allocates no path strings.
 */
type Location = () => string;

function child(parent: Location, key: string | number): Location {
  return typeof key === 'number' ? () => `${parent()}[${key}]` : () => `${parent()}.${key}`;
}

function copy(value: unknown, at: Location, depth: number): JsonValue {
  switch (typeof value) {
    case 'string':
      return checkString(value, at);
    case 'number':
      return checkNumber(value, at);
    case 'boolean':
      return value;
    case 'object': {
      if (value === null) return null;
      if (depth >= MAX_ATTRIBUTE_DEPTH) throw new InvalidInputError(at(), `nests lists and maps deeper than DynamoDB's ${MAX_ATTRIBUTE_DEPTH} levels`);
      if (Array.isArray(value)) {
        const list: JsonValue[] = new Array<JsonValue>(value.length);
        for (let index = 0; index < value.length; index++) list[index] = copy(value[index], child(at, index), depth + 1);
        return Object.freeze(list);
      }
      if (!isPlainObject(value)) throw new InvalidInputError(at(), 'must be a plain JSON object, array, string, number, boolean or null');
      const entries: [string, JsonValue][] = [];
      for (const key of Object.keys(value)) {
        checkString(key, () => `${at()} key ${JSON.stringify(key)}`);
        entries.push([key, copy(value[key], child(at, key), depth + 1)]);
      }
      // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary key.
      return Object.freeze(Object.fromEntries(entries));
    }
    default:
      throw new InvalidInputError(at(), `must be JSON, not ${typeof value}`);
  }
}

/** A frozen copy of any JSON value; `path` names the field in error messages. */
export function frozenJson(value: unknown, path: string): JsonValue {
  return copy(value, () => path, 0);
}

/** A frozen copy of a JSON object (what event data, payloads and snapshots must be). */
export function frozenJsonObject(value: unknown, path: string): JsonObject {
  if (!isPlainObject(value)) throw new InvalidInputError(path, 'must be a JSON object');
  return copy(value, () => path, 0) as JsonObject;
}
