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
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkNumber(value: number, path: string): number {
  if (!Number.isFinite(value)) throw new InvalidInputError(path, `must be a finite number, not ${String(value)}`);
  const magnitude = Math.abs(value);
  // The SDK refuses numbers beyond the safe integer range (their decimal form is not exact).
  if (magnitude > Number.MAX_SAFE_INTEGER) throw new InvalidInputError(path, `must be at most ${Number.MAX_SAFE_INTEGER} in magnitude (got ${value})`);
  if (magnitude !== 0 && magnitude < SMALLEST_MAGNITUDE) throw new InvalidInputError(path, `is smaller in magnitude than DynamoDB's 1E-130 (got ${value})`);
  // -0 is stored as 0; returning 0 keeps what is read back equal to what was written.
  return value === 0 ? 0 : value;
}

function checkString(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new InvalidInputError(path, 'contains a lone UTF-16 surrogate, which cannot be stored as UTF-8');
  return value;
}

function copy(value: unknown, path: string, depth: number): JsonValue {
  switch (typeof value) {
    case 'string':
      return checkString(value, path);
    case 'number':
      return checkNumber(value, path);
    case 'boolean':
      return value;
    case 'object': {
      if (value === null) return null;
      if (depth >= MAX_ATTRIBUTE_DEPTH) throw new InvalidInputError(path, `nests lists and maps deeper than DynamoDB's ${MAX_ATTRIBUTE_DEPTH} levels`);
      if (Array.isArray(value)) {
        const list: JsonValue[] = new Array<JsonValue>(value.length);
        for (let index = 0; index < value.length; index++) list[index] = copy(value[index], `${path}[${index}]`, depth + 1);
        return Object.freeze(list);
      }
      if (!isPlainObject(value)) throw new InvalidInputError(path, 'must be a plain JSON object, array, string, number, boolean or null');
      const entries: [string, JsonValue][] = [];
      for (const key of Object.keys(value)) {
        checkString(key, `${path} key ${JSON.stringify(key)}`);
        entries.push([key, copy(value[key], `${path}.${key}`, depth + 1)]);
      }
      // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary key.
      return Object.freeze(Object.fromEntries(entries));
    }
    default:
      throw new InvalidInputError(path, `must be JSON, not ${typeof value}`);
  }
}

/** A frozen copy of any JSON value; `path` names the field in error messages. */
export function frozenJson(value: unknown, path: string): JsonValue {
  return copy(value, path, 0);
}

/** A frozen copy of a JSON object (what event data, payloads and snapshots must be). */
export function frozenJsonObject(value: unknown, path: string): JsonObject {
  if (!isPlainObject(value)) throw new InvalidInputError(path, 'must be a JSON object');
  return copy(value, path, 0) as JsonObject;
}
