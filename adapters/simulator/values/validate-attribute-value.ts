/**
 * Validation of untrusted wire-form values (from the wire front or the port), as DynamoDB
 * validates them, returning fresh canonical values.
 *
 * Ownership rule: the value returned shares nothing with the input (binaries are copied too), so a
 * caller mutating its request afterwards cannot change stored state. The engine owns what it
 * gets from here and never mutates it: updates build new values (sharing unchanged parts), and
 * whatever leaves the engine towards a caller is copied (cloneItem) or rebuilt by the front.
 */
import { Buffer } from 'node:buffer';
import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { SimulatorError } from '../simulator-error.js';
import { canonicalNumber } from './decimal.js';

/** Where a value comes from: DynamoDB words its messages differently for each. */
export type ValueContext =
  | { readonly kind: 'item' }
  | { readonly kind: 'key' }
  | { readonly kind: 'expression-value'; readonly placeholder: string };

export const ITEM_CONTEXT: ValueContext = { kind: 'item' };
export const KEY_CONTEXT: ValueContext = { kind: 'key' };

const MAX_NESTING = 32;
const INVALID_PREFIX = 'One or more parameter values were invalid: ';

function invalid(context: ValueContext, message: string): SimulatorError {
  if (context.kind === 'expression-value') {
    return SimulatorError.validation(`ExpressionAttributeValues contains invalid value: ${message} for key ${context.placeholder}`);
  }
  return SimulatorError.validation(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** Validates an item (a map of attribute names to values) and returns a fresh canonical copy. */
export function validateAndCanonicalizeItem(item: unknown, context: ValueContext): AttributeMap {
  if (!isRecord(item)) throw invalid(context, 'Supplied item is not a map');
  return canonicalMap(item, context, 0);
}

/** Validates one attribute value and returns a fresh canonical copy. */
export function validateAndCanonicalizeValue(value: unknown, context: ValueContext): AttributeValue {
  return canonicalValue(value, context, 0);
}

function canonicalMap(map: Record<string, unknown>, context: ValueContext, depth: number): AttributeMap {
  const result: Record<string, AttributeValue> = {};
  for (const name in map) {
    result[name] = canonicalValue(map[name], context, depth);
  }
  return result;
}

function canonicalValue(value: unknown, context: ValueContext, depth: number): AttributeValue {
  if (!isRecord(value)) throw invalid(context, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  let tag: string | undefined;
  for (const key in value) {
    if (value[key] === undefined) continue;
    if (tag !== undefined) throw invalid(context, 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
    tag = key;
  }
  if (tag === undefined) throw invalid(context, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  const content = value[tag];
  switch (tag) {
    case 'S':
      if (typeof content !== 'string') break;
      return { S: content };
    case 'N':
      if (typeof content !== 'string') break;
      return { N: canonicalNumberIn(content, context) };
    case 'B':
      if (!(content instanceof Uint8Array)) break;
      return { B: content.slice() };
    case 'BOOL':
      if (typeof content !== 'boolean') break;
      return { BOOL: content };
    case 'NULL':
      if (content !== true) throw invalid(context, `${INVALID_PREFIX}Null attribute value types must have the value of true`);
      return { NULL: true };
    case 'M':
      if (!isRecord(content)) break;
      if (depth >= MAX_NESTING) throw invalid(context, 'Nesting Levels have exceeded supported limits');
      return { M: canonicalMap(content, context, depth + 1) };
    case 'L': {
      if (!Array.isArray(content)) break;
      if (depth >= MAX_NESTING) throw invalid(context, 'Nesting Levels have exceeded supported limits');
      const list: AttributeValue[] = new Array<AttributeValue>(content.length);
      for (let index = 0; index < content.length; index++) list[index] = canonicalValue(content[index], context, depth + 1);
      return { L: list };
    }
    case 'SS':
      if (!Array.isArray(content)) break;
      return { SS: stringSet(content, context) };
    case 'NS':
      if (!Array.isArray(content)) break;
      return { NS: numberSet(content, context) };
    case 'BS':
      if (!Array.isArray(content)) break;
      return { BS: binarySet(content, context) };
    default:
      break;
  }
  throw invalid(context, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
}

function canonicalNumberIn(text: string, context: ValueContext): string {
  try {
    return canonicalNumber(text);
  } catch (error) {
    if (error instanceof SimulatorError && context.kind === 'expression-value') throw invalid(context, error.message);
    throw error;
  }
}

function duplicates(context: ValueContext, elements: readonly string[]): SimulatorError {
  return invalid(context, `${INVALID_PREFIX}Input collection [${elements.join(', ')}] contains duplicates.`);
}

function stringSet(content: readonly unknown[], context: ValueContext): string[] {
  if (content.length === 0) throw invalid(context, `${INVALID_PREFIX}An string set  may not be empty`);
  const result: string[] = [];
  const seen = new Set<string>();
  for (const element of content) {
    if (typeof element !== 'string') throw invalid(context, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    if (seen.has(element)) throw duplicates(context, content as string[]);
    seen.add(element);
    result.push(element);
  }
  return result;
}

function numberSet(content: readonly unknown[], context: ValueContext): string[] {
  if (content.length === 0) throw invalid(context, `${INVALID_PREFIX}An number set  may not be empty`);
  const result: string[] = [];
  const seen = new Set<string>();
  for (const element of content) {
    if (typeof element !== 'string') throw invalid(context, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    const canonical = canonicalNumberIn(element, context);
    if (seen.has(canonical)) throw duplicates(context, content as string[]);
    seen.add(canonical);
    result.push(canonical);
  }
  return result;
}

function binarySet(content: readonly unknown[], context: ValueContext): Uint8Array[] {
  if (content.length === 0) throw invalid(context, `${INVALID_PREFIX}Binary sets should not be empty`);
  const result: Uint8Array[] = [];
  const seen = new Set<string>();
  for (const element of content) {
    if (!(element instanceof Uint8Array)) throw invalid(context, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    const key = Buffer.from(element.buffer, element.byteOffset, element.length).toString('latin1');
    if (seen.has(key)) throw duplicates(context, (content as Uint8Array[]).map((bytes) => Buffer.from(bytes).toString('base64')));
    seen.add(key);
    result.push(element.slice());
  }
  return result;
}
