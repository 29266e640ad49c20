/**
 * DynamoDB's rules for tags, shared by CreateTable, TagResource and UntagResource, with its
 * messages: a key of 1 to 128 characters, a value of 0 to 256, both of letters, digits, white
 * space and `_ . : / = + - @`; no key starting with `aws:` in any case (UntagResource refuses one
 * too); no key twice in one request; at most 50 tags on a table. Lengths count characters (code
 * points), not UTF-16 units. The first failing tag, in request order, is the answer.
 */
import { SimulatorError } from '../simulator-error.js';

export const MOST_TAGS = 50;
const MOST_KEY_CHARACTERS = 128;
const MOST_VALUE_CHARACTERS = 256;
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** A tag as a request carries it: TagResource's Key or Value may be missing (`null` in messages). */
export interface TagInput {
  readonly Key?: string | null | undefined;
  readonly Value?: string | null | undefined;
}

function characters(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

export function tooManyTags(): SimulatorError {
  return SimulatorError.validation('Number of Tags exceed the current limit for the provided ResourceArn');
}

/** A tag key on its own, as UntagResource names them. */
export function checkTagKey(key: string | null | undefined): asserts key is string {
  if (typeof key === 'string' && key.toLowerCase().startsWith('aws:')) throw SimulatorError.validation(`Tag Key cannot be prefixed with aws:, Key: ${key}`);
  if (typeof key !== 'string' || key.length === 0 || characters(key) > MOST_KEY_CHARACTERS || !TAG_CHARACTERS.test(key)) {
    throw SimulatorError.validation(`The Tag Key provided is invalid, Key: ${key ?? 'null'}`);
  }
}

function checkTagValue(value: string | null | undefined): asserts value is string {
  if (typeof value !== 'string' || characters(value) > MOST_VALUE_CHARACTERS || !TAG_CHARACTERS.test(value)) {
    throw SimulatorError.validation(`The Tag Value provided is invalid, Value: ${value ?? 'null'}`);
  }
}

/** Checks every tag of a request and returns them as a key-to-value map, in request order. */
export function checkTags(tags: readonly (TagInput | null)[]): Map<string, string> {
  const checked = new Map<string, string>();
  for (const tag of tags) {
    const key = tag?.Key;
    const value = tag?.Value;
    checkTagKey(key);
    checkTagValue(value);
    if (checked.has(key)) throw SimulatorError.validation(`Duplicate Tag Keys provided as input: Duplicate Tag Key found ${key}`);
    checked.set(key, value);
  }
  if (checked.size > MOST_TAGS) throw tooManyTags();
  return checked;
}
