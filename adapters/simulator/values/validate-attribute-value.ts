/**
 * Validation of untrusted wire-form values (from the wire front, or from the port after
 * marshalling), as DynamoDB validates them, returning fresh canonical values.
 *
 * Ownership rule: what these functions return shares nothing with their input (binaries are
 * copied too), so a caller that mutates its request afterwards cannot change stored state. The
 * engine owns the result and never mutates it: updates build new values (sharing unchanged
 * parts), and whatever leaves the engine towards a caller is copied (cloneItem) or rebuilt by the
 * front.
 *
 * Order, as probed on DynamoDB Local: attributes in document order, each checked completely
 * before the next; within one value the string set first, then the number, the number set, the
 * binary set, the map, the list, NULL, and only then whether it has no type or several. So
 * `{"N":"x","SS":[]}` reports the empty set and `{"S":"a","N":"x"}` the bad number.
 */
import type { AttributeMap, AttributeValue } from './attribute-value.js';
import type { SimulatorError } from '../simulator-error.js';
import { canonicalSet } from './canonical-set.js';
import { EMPTY_VALUE_MESSAGE, MULTIPLE_TYPES_MESSAGE, NESTING_MESSAGE, NULL_FALSE_MESSAGE, nullValueMessage } from './value-messages.js';
import { canonicalNumberIn, invalidValue, MAX_NESTING_DEPTH, typeMismatch, type ValueContext } from './value-context.js';

export { ITEM_CONTEXT, VALUE_CONTEXT, expressionValueContext, MAX_NESTING_DEPTH, type ValueContext } from './value-context.js';

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** Validates an item (or key) and returns a fresh canonical copy. */
export function validateAndCanonicalizeItem(item: unknown, context: ValueContext): AttributeMap {
  if (!isPlainRecord(item)) throw typeMismatch('Map', item);
  return canonicalMap(item, context, context.kind === 'item' ? 1 : 0);
}

/** Validates one attribute value and returns a fresh canonical copy. */
export function validateAndCanonicalizeValue(value: unknown, context: ValueContext): AttributeValue {
  return canonicalValue(value, context, context.kind === 'item' ? 1 : 0, undefined);
}

function canonicalMap(map: Record<string, unknown>, context: ValueContext, depth: number): AttributeMap {
  const result: Record<string, AttributeValue> = {};
  for (const name in map) {
    const value = map[name];
    // JSON has no undefined: a member set to undefined is one the request does not have.
    if (value === undefined) continue;
    const canonical = canonicalValue(value, context, depth, name);
    if (name === '__proto__') Object.defineProperty(result, name, { value: canonical, enumerable: true, writable: true, configurable: true });
    else result[name] = canonical;
  }
  return result;
}

function isTag(key: string): boolean {
  switch (key) {
    case 'S': case 'N': case 'B': case 'M': case 'L': case 'BOOL': case 'NULL': case 'SS': case 'NS': case 'BS':
      return true;
    default:
      return false;
  }
}

function canonicalValue(value: unknown, context: ValueContext, depth: number, name: string | undefined): AttributeValue {
  if (value === null || value === undefined) throw invalidValue(context, nullValueMessage(name));
  if (!isPlainRecord(value)) throw typeMismatch('AttributeValue', value);
  let tag = '';
  let content: unknown;
  let tags = 0;
  // Members DynamoDB does not know are ignored, and so are null ones (JSON null is no value).
  for (const key in value) {
    if (!isTag(key)) continue;
    const member = value[key];
    if (member === undefined || member === null) continue;
    tag = key;
    content = member;
    tags++;
  }
  if (tags === 1) return canonicalContent(tag, content, context, depth);
  if (tags === 0) throw invalidValue(context, EMPTY_VALUE_MESSAGE);
  throw multipleTypesError(value, context, depth);
}

function canonicalContent(tag: string, content: unknown, context: ValueContext, depth: number): AttributeValue {
  switch (tag) {
    case 'S':
      if (typeof content !== 'string') throw typeMismatch('String', content);
      return { S: content };
    case 'N':
      if (typeof content !== 'string') throw typeMismatch('String', content);
      return { N: canonicalNumberIn(content, context) };
    case 'B':
      if (!(content instanceof Uint8Array)) throw typeMismatch('Blob', content);
      return { B: new Uint8Array(content) };
    case 'BOOL':
      if (typeof content !== 'boolean') throw typeMismatch('Boolean', content);
      return { BOOL: content };
    case 'NULL':
      if (typeof content !== 'boolean') throw typeMismatch('Boolean', content);
      if (!content) throw invalidValue(context, NULL_FALSE_MESSAGE);
      return { NULL: true };
    case 'M':
      if (!isPlainRecord(content)) throw typeMismatch('Map', content);
      if (depth >= MAX_NESTING_DEPTH) throw invalidValue(context, NESTING_MESSAGE);
      return { M: canonicalMap(content, context, depth + 1) };
    case 'L':
      return { L: canonicalList(content, context, depth) };
    case 'SS':
      return { SS: canonicalSet('SS', content, context) as string[] };
    case 'NS':
      return { NS: canonicalSet('NS', content, context) as string[] };
    default:
      return { BS: canonicalSet('BS', content, context) as Uint8Array[] };
  }
}

function canonicalList(content: unknown, context: ValueContext, depth: number): AttributeValue[] {
  if (!Array.isArray(content)) throw typeMismatch('List', content);
  if (depth >= MAX_NESTING_DEPTH) throw invalidValue(context, NESTING_MESSAGE);
  const list = new Array<AttributeValue>(content.length);
  for (let index = 0; index < content.length; index++) list[index] = canonicalValue(content[index], context, depth + 1, undefined);
  return list;
}

/** A value with several types is an error, but its contents are checked first, in DynamoDB's order. */
function multipleTypesError(value: Record<string, unknown>, context: ValueContext, depth: number): SimulatorError {
  for (const tag of ['SS', 'N', 'NS', 'BS', 'M', 'L', 'NULL', 'S', 'B', 'BOOL']) {
    const content = value[tag];
    if (content !== undefined && content !== null) canonicalContent(tag, content, context, depth);
  }
  return invalidValue(context, MULTIPLE_TYPES_MESSAGE);
}
