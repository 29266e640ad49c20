/**
 * Requests, responses and error data to cassette JSON and back, following the operation's
 * shapes (message-shapes.ts). Only data is written: `undefined` fields, functions and symbols
 * are left out, and of a request or response only DynamoDB's members, whose names are
 * PascalCase. Client-side extras (the SDK's `$metadata`, an `abortSignal`, options, headers,
 * credentials) are camelCase or `$`-prefixed and never reach DynamoDB, nor a cassette.
 */
import type { DocumentValue } from '../../../ports/document-value.js';
import type { JsonObject, JsonValue } from '../json-value.js';
import { isJsonObject, setField } from '../json-value.js';
import type { Redactor } from '../redaction/redactor.js';
import { decodeAttributeValue, decodeItem, encodeAttributeValue, type DecodeOptions, type EncodeOptions } from './attribute-value-codec.js';
import type { Shape } from './message-shapes.js';

const EXPRESSION_FIELDS = ['ConditionExpression', 'UpdateExpression', 'FilterExpression', 'KeyConditionExpression', 'ProjectionExpression'] as const;

export interface MessageEncodeOptions extends EncodeOptions {
  readonly redactor: Redactor;
  /** A request or response: keep DynamoDB's members only (PascalCase names). */
  readonly membersOnly?: boolean | undefined;
}

interface Context extends MessageEncodeOptions {
  /** The attribute a legacy condition's values belong to. */
  readonly attribute?: string | undefined;
  /** An expression of this request names a redacted attribute: redact all its values. */
  readonly redactValues?: boolean;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

function dropped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function encodePlain(value: unknown, context: Context): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Array.isArray(value)) return value.map((element: unknown) => (dropped(element) ? null : encodePlain(element, context)));
  if (isPlain(value)) {
    const object: Record<string, JsonValue> = {};
    for (const [key, field] of Object.entries(value)) if (!dropped(field)) setField(object, key, encodePlain(field, context));
    return object;
  }
  // A Set, a binary, a NumberValue where plain data was expected: written as an attribute value.
  return encodeAttributeValue(value, context);
}

function mentionsRedacted(object: Record<string, unknown>, context: Context): boolean {
  if (!context.redactor.active) return false;
  const expressions = EXPRESSION_FIELDS.map((field) => object[field]).filter((text): text is string => typeof text === 'string');
  const names = object['ExpressionAttributeNames'];
  return context.redactor.mentions(expressions, isPlain(names) ? names : undefined);
}

function encodeExpressionValues(value: unknown, context: Context): JsonValue {
  if (!isPlain(value)) return encodePlain(value, context);
  const object: Record<string, JsonValue> = {};
  for (const [name, field] of Object.entries(value)) {
    if (typeof field !== 'function') setField(object, name, context.redactValues === true ? context.redactor.redact(field) : encodeAttributeValue(field, context));
  }
  return object;
}

function encodeShaped(shape: Shape, value: unknown, context: Context): JsonValue {
  switch (shape.kind) {
    case 'item':
      return context.redactor.encodeItem(value, context);
    case 'expression-values':
      return encodeExpressionValues(value, context);
    case 'value':
      return context.attribute === undefined ? encodeAttributeValue(value, context) : context.redactor.encodeAttribute(context.attribute, value, context);
    case 'each':
      if (Array.isArray(value)) return value.map((element: unknown) => encodeShaped(shape.of, element, context));
      if (isPlain(value)) {
        const object: Record<string, JsonValue> = {};
        for (const [key, element] of Object.entries(value)) {
          if (!dropped(element)) setField(object, key, encodeShaped(shape.of, element, shape.byAttribute ? { ...context, attribute: key } : context));
        }
        return object;
      }
      return encodePlain(value, context);
    case 'fields': {
      if (!isPlain(value)) return encodePlain(value, context);
      const inner: Context = 'ExpressionAttributeValues' in value ? { ...context, redactValues: mentionsRedacted(value, context) } : context;
      const object: Record<string, JsonValue> = {};
      for (const [key, field] of Object.entries(value)) {
        if (dropped(field)) continue;
        const fieldShape = shape.fields[key];
        setField(object, key, fieldShape === undefined ? encodePlain(field, inner) : encodeShaped(fieldShape, field, inner));
      }
      return object;
    }
  }
}

const MEMBER = /^[A-Z]/;

/** A request, response or error's data as cassette JSON. */
export function encodeMessage(shape: Shape, value: unknown, options: MessageEncodeOptions): JsonObject {
  const context: Context = { canonical: options.canonical, redactor: options.redactor };
  const data = isPlain(value) ? (options.membersOnly === true ? membersOf(value) : value) : {};
  const encoded = encodeShaped(shape, data, context);
  return isJsonObject(encoded) ? encoded : {};
}

function membersOf(value: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(value);
  if (keys.every((key) => MEMBER.test(key))) return value;
  return Object.fromEntries(keys.filter((key) => MEMBER.test(key)).map((key) => [key, value[key]]));
}

function decodePlain(value: JsonValue, options: DecodeOptions, key: string | undefined): unknown {
  if (typeof value === 'string') {
    const text = options.text(value);
    return key?.endsWith('DateTime') === true ? new Date(text) : text;
  }
  if (Array.isArray(value)) return value.map((element: JsonValue) => decodePlain(element, options, undefined));
  if (isJsonObject(value)) {
    const object: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(value)) setField(object, options.text(name), decodePlain(field, options, name));
    return object;
  }
  return value;
}

function decodeShaped(shape: Shape, value: JsonValue, options: DecodeOptions): unknown {
  switch (shape.kind) {
    case 'item':
    case 'expression-values':
      return isJsonObject(value) ? decodeItem(value, options) : decodePlain(value, options, undefined);
    case 'value':
      return decodeAttributeValue(value, options) satisfies DocumentValue;
    case 'each':
      if (Array.isArray(value)) return value.map((element: JsonValue) => decodeShaped(shape.of, element, options));
      if (isJsonObject(value)) {
        const object: Record<string, unknown> = {};
        for (const [key, element] of Object.entries(value)) setField(object, options.text(key), decodeShaped(shape.of, element, options));
        return object;
      }
      return decodePlain(value, options, undefined);
    case 'fields': {
      if (!isJsonObject(value)) return decodePlain(value, options, undefined);
      const object: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value)) {
        const fieldShape = shape.fields[key];
        setField(object, key, fieldShape === undefined ? decodePlain(field, options, key) : decodeShaped(fieldShape, field, options));
      }
      return object;
    }
  }
}

/** Cassette JSON back to a response or error's data, in the document shape. */
export function decodeMessage(shape: Shape, value: JsonObject, options: DecodeOptions): Record<string, unknown> {
  const decoded = decodeShaped(shape, value, options);
  return isPlain(decoded) ? decoded : {};
}
