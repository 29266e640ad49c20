/**
 * Validation of ExpressionAttributeNames and ExpressionAttributeValues themselves, in DynamoDB's
 * order: emptiness and keys of the names, emptiness and keys of the values, then the names'
 * values and the values' values.
 */
import { SimulatorError } from '../simulator-error.js';
import type { AttributeValue } from '../values/attribute-value.js';
import { utf8Length } from '../values/utf8-length.js';
import { validateAndCanonicalizeValue } from '../values/validate-attribute-value.js';

const MAX_KEY_BYTES = 255;
const MAX_NAME_BYTES = 65535;
const NAME_SIGIL = 35;
const VALUE_SIGIL = 58;

/** `#` or `:` followed by at least one of [A-Za-z0-9_]. */
function isPlaceholder(key: string, sigil: number): boolean {
  if (key.length < 2 || key.charCodeAt(0) !== sigil) return false;
  for (let index = 1; index < key.length; index++) {
    const code = key.charCodeAt(index);
    const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
    if (!word) return false;
  }
  return true;
}

function fail(message: string): SimulatorError {
  return SimulatorError.validation(message);
}

function checkKeys(parameter: string, map: Readonly<Record<string, unknown>>, sigil: number): void {
  const keys = Object.keys(map);
  if (keys.length === 0) throw fail(`${parameter} must not be empty`);
  for (const key of keys) {
    if (!isPlaceholder(key, sigil)) throw fail(`${parameter} contains invalid key: Syntax error; key: "${key}"`);
    const size = key.length;
    if (size > MAX_KEY_BYTES) {
      // DynamoDB quotes the size for names only.
      const suffix = parameter === 'ExpressionAttributeNames' ? ` size of key: ${size}` : '';
      throw fail(`${parameter} contains invalid key: The expression attribute map contains a key that is too long;${suffix}`);
    }
  }
}

export interface PlaceholderMaps {
  readonly names: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, AttributeValue>>;
}

export function validatePlaceholderMaps(
  names: Readonly<Record<string, unknown>> | undefined,
  values: Readonly<Record<string, unknown>> | undefined,
): PlaceholderMaps {
  if (names !== undefined) checkKeys('ExpressionAttributeNames', names, NAME_SIGIL);
  if (values !== undefined) checkKeys('ExpressionAttributeValues', values, VALUE_SIGIL);
  const checkedNames: Record<string, string> = {};
  for (const key in names) {
    const name = names[key];
    if (typeof name !== 'string' || name.length === 0) throw fail(`ExpressionAttributeNames contains invalid value: Empty attribute name for key ${key}`);
    if (name.length > MAX_NAME_BYTES / 3 && utf8Length(name) > MAX_NAME_BYTES) {
      throw fail(`ExpressionAttributeNames contains invalid value: Attribute name is too large, must be less than 65536 bytes for key ${key}`);
    }
    checkedNames[key] = name;
  }
  const checkedValues: Record<string, AttributeValue> = {};
  for (const key in values) {
    checkedValues[key] = validateAndCanonicalizeValue(values[key], { kind: 'expression-value', placeholder: key });
  }
  return { names: checkedNames, values: checkedValues };
}
