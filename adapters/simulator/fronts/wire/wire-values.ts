/**
 * Binary values on DynamoDB's JSON protocol are base64 strings; the engine works on bytes. Incoming
 * requests are decoded in place (the parsed JSON is ours) at the places the operation's value
 * nodes name; outgoing responses are encoded while they are serialised.
 */
import { SimulatorError } from '../../simulator-error.js';
import { valueNodesOf, type ValueFields, type ValueNode } from '../operation-value-nodes.js';

type Json = Record<string, unknown>;

function serializationError(message: string): SimulatorError {
  return new SimulatorError('SerializationException', message);
}

const BASE64_ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes one base64 binary with DynamoDB's strictness (its SerializationException messages). */
export function decodeBinary(value: unknown): Uint8Array {
  if (typeof value !== 'string') {
    if (Array.isArray(value)) throw serializationError('Unrecognized collection type class java.nio.ByteBuffer');
    if (typeof value === 'object' && value !== null) throw serializationError('Start of structure or map found where not expected');
    throw serializationError('only base-64-encoded strings are convertible to bytes');
  }
  if (value.length % 4 !== 0) throw serializationError(`Base64 encoded length is expected a multiple of 4 bytes but found: ${value.length}`);
  if (!BASE64_ALPHABET.test(value)) throw serializationError('Invalid last non-pad Base64 character dectected');
  const decoded = Buffer.from(value, 'base64');
  // A copy that owns its memory: Buffer.from may hand out a slice of a shared pool.
  return new Uint8Array(decoded);
}

function decodeAttributeValue(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const typed = value as Json;
  if ('B' in typed) typed['B'] = decodeBinary(typed['B']);
  else if ('BS' in typed) {
    if (Array.isArray(typed['BS'])) typed['BS'] = (typed['BS'] as unknown[]).map(decodeBinary);
  } else if ('M' in typed) decodeAttributeMap(typed['M']);
  else if ('L' in typed && Array.isArray(typed['L'])) for (const element of typed['L'] as unknown[]) decodeAttributeValue(element);
}

function decodeAttributeMap(map: unknown): void {
  if (typeof map !== 'object' || map === null) return;
  if (Array.isArray(map)) {
    for (const value of map as unknown[]) decodeAttributeValue(value);
    return;
  }
  for (const key in map as Json) decodeAttributeValue((map as Json)[key]);
}

function decodeAt(value: unknown, node: ValueNode): void {
  if (typeof value !== 'object' || value === null) return;
  if (node === 'value') decodeAttributeValue(value);
  else if (node === 'values') decodeAttributeMap(value);
  else if ('each' in node) {
    const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value as Json);
    for (const child of children) decodeAt(child, node.each);
  } else decodeFields(value as Json, node.fields);
}

function decodeFields(value: Json, fields: ValueFields): void {
  for (const key in fields) decodeAt(value[key], fields[key] as ValueNode);
}

/** Decodes the binaries of a parsed request in place. */
export function decodeRequestBinaries(operation: string, request: unknown): void {
  if (typeof request === 'object' && request !== null) decodeFields(request as Json, valueNodesOf(operation).input);
}

// Looks at the holder's own field, not at `value`: a Buffer reaches a replacer already turned
// into `{ type: 'Buffer', data }` by its toJSON.
function base64Replacer(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Json)[key];
  return original instanceof Uint8Array ? Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') : value;
}

/** The JSON text of a response, binaries as base64. */
export function responseJson(response: unknown): string {
  return response === undefined ? '{}' : JSON.stringify(response, base64Replacer);
}
