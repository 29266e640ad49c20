/**
 * Document values (lib-dynamodb's shape) to DynamoDB's typed attribute values in JSON, and
 * back. Valid values are written as the SDK's marshaller sends them (a cassette then reads like
 * a DynamoDB request); values the marshaller refuses (undefined, empty or mixed sets, class
 * instances, special numbers) become `{ "INVALID": "<why>" }`, so that invalid requests, which
 * the target answers with an error, are recorded and matched too. Reading back goes through the
 * SDK's own number conversion, so replayed numbers are what the adapters return.
 */
import { convertToNative, NumberValueImpl as NumberValue } from '@aws-sdk/util-dynamodb';
import type { DocumentValue } from '../../../ports/document-value.js';
import type { JsonObject, JsonValue } from '../json-value.js';
import { isJsonObject, setField } from '../json-value.js';
import { canonicalNumber } from './canonical-number.js';

/** DynamoDB allows 32 levels; deeper (or cyclic) values are invalid without recursing forever. */
const MAX_DEPTH = 40;

export interface EncodeOptions {
  /** Requests: sets in a canonical order and numbers in one spelling. Responses keep their order. */
  readonly canonical: boolean;
}

function invalid(why: string): JsonObject {
  return { INVALID: why };
}

function constructorName(value: object): string {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === null) return 'Object';
  const ctor: unknown = (prototype as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' ? ctor.name : 'Object';
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || constructorName(value) === 'Object';
}

export function bytesOf(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return undefined;
}

export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function numberText(value: unknown, canonical: boolean): string | undefined {
  let text: string | undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    text = String(value);
  } else if (typeof value === 'bigint') {
    text = value.toString();
  } else if (value instanceof NumberValue) {
    text = value.toString();
  }
  return text === undefined || !canonical ? text : canonicalNumber(text);
}

function compareNumbers(a: string, b: string): number {
  return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function encodeSet(set: ReadonlySet<unknown>, options: EncodeOptions): JsonObject {
  const elements = [...set];
  if (elements.length === 0) return invalid('empty set');
  if (elements.every((element) => typeof element === 'string')) {
    return { SS: options.canonical ? [...elements].sort() : elements };
  }
  const numbers = elements.map((element) => numberText(element, options.canonical));
  if (numbers.every((text) => text !== undefined)) {
    return { NS: options.canonical ? [...numbers].sort(compareNumbers) : numbers };
  }
  const binaries = elements.map((element) => bytesOf(element));
  if (binaries.every((bytes) => bytes !== undefined)) {
    const encoded = binaries.map(base64);
    return { BS: options.canonical ? encoded.sort() : encoded };
  }
  return invalid('set of mixed or unsupported element types');
}

function encodeMap(entries: Iterable<[string, unknown]>, options: EncodeOptions, depth: number): JsonObject {
  const map: Record<string, JsonValue> = {};
  for (const [name, value] of entries) {
    // The marshaller skips functions in maps; anything else it sends (or refuses).
    if (typeof value !== 'function') setField(map, name, encodeAttributeValueAt(value, options, depth + 1));
  }
  return { M: map };
}

function encodeAttributeValueAt(value: unknown, options: EncodeOptions, depth: number): JsonObject {
  if (depth > MAX_DEPTH) return invalid('nested too deep');
  if (value === null) return { NULL: true };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'boolean':
      return { BOOL: value };
    case 'number':
    case 'bigint': {
      const text = numberText(value, options.canonical);
      return text === undefined ? invalid(`special number ${String(value)}`) : { N: text };
    }
    case 'undefined':
      return invalid('undefined');
    case 'object':
      break;
    default:
      return invalid(typeof value);
  }
  if (Array.isArray(value)) {
    return { L: value.filter((element) => typeof element !== 'function').map((element: unknown) => encodeAttributeValueAt(element, options, depth + 1)) };
  }
  if (value instanceof NumberValue) return { N: options.canonical ? canonicalNumber(value.toString()) : value.toString() };
  if (value instanceof Set) return encodeSet(value, options);
  if (value instanceof Map) return encodeMap(value as Map<string, unknown>, options, depth);
  const bytes = bytesOf(value);
  if (bytes !== undefined) return { B: base64(bytes) };
  if (isPlainObject(value)) return encodeMap(Object.entries(value), options, depth);
  return invalid(`instance of ${constructorName(value)}`);
}

/** One document value as a typed attribute value. */
export function encodeAttributeValue(value: unknown, options: EncodeOptions): JsonObject {
  return encodeAttributeValueAt(value, options, 0);
}

export interface DecodeOptions {
  /** Numbers as NumberValue, as lib-dynamodb's `wrapNumbers` does. */
  readonly wrapNumbers: boolean;
  /** Rewrites every string first (placeholders back to this run's values). */
  readonly text: (value: string) => string;
  /** The value behind a redaction marker, when this run has seen it. */
  readonly redacted: (marker: string) => DocumentValue;
}

function decodeNumber(text: string, options: DecodeOptions): DocumentValue {
  return convertToNative({ N: text }, { wrapNumbers: options.wrapNumbers }) as DocumentValue;
}

function bytesFrom(text: string): Uint8Array {
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
}

function text(value: JsonValue | undefined): string {
  if (typeof value !== 'string') throw new TypeError(`not an attribute value: expected a string, got ${JSON.stringify(value)}`);
  return value;
}

function strings(value: JsonValue | undefined): readonly string[] {
  return Array.isArray(value) ? value.filter((element): element is string => typeof element === 'string') : [];
}

/** A typed attribute value back to the document shape. */
export function decodeAttributeValue(wire: JsonValue, options: DecodeOptions): DocumentValue {
  if (!isJsonObject(wire)) throw new TypeError(`not an attribute value: ${JSON.stringify(wire)}`);
  const [type] = Object.keys(wire);
  const value = type === undefined ? undefined : wire[type];
  switch (type) {
    case 'S':
      return options.text(text(value));
    case 'N':
      return decodeNumber(options.text(text(value)), options);
    case 'BOOL':
      return value === true;
    case 'NULL':
      return null;
    case 'B':
      return bytesFrom(text(value));
    case 'SS':
      return new Set(strings(value).map(options.text));
    case 'NS':
      return new Set(strings(value).map((number) => decodeNumber(options.text(number), options))) as ReadonlySet<number>;
    case 'BS':
      return new Set(strings(value).map(bytesFrom));
    case 'L':
      return (Array.isArray(value) ? value : []).map((element: JsonValue) => decodeAttributeValue(element, options));
    case 'M':
      return decodeItem(isJsonObject(value) ? value : {}, options);
    case 'REDACTED':
      return options.redacted(text(value));
    default:
      throw new TypeError(`not an attribute value this cassette can replay: ${JSON.stringify(wire)}`);
  }
}

/** A map of typed attribute values (an item, a key) back to the document shape. */
export function decodeItem(wire: JsonObject, options: DecodeOptions): Record<string, DocumentValue> {
  const item: Record<string, DocumentValue> = {};
  for (const [name, value] of Object.entries(wire)) setField(item, options.text(name), decodeAttributeValue(value, options));
  return item;
}
