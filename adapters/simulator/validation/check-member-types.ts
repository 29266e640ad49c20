/**
 * The JSON type check DynamoDB's deserializer does before any constraint is looked at: a member
 * of the wrong JSON type fails the whole request with a SerializationException, at the first
 * such member in the order of the request document. JSON null counts as absent.
 */
import { SimulatorError } from '../simulator-error.js';
import type { MemberRule, MemberType, Shape } from './member-rule.js';

const MODEL_PACKAGE = 'com.amazonaws.dynamodb.v20120810';
const STRUCTURE_WHERE_NOT_EXPECTED = 'Start of structure or map found where not expected';

function serializationError(message: string): SimulatorError {
  return new SimulatorError('SerializationException', message);
}

/** Jackson's token name for a scalar, as DynamoDB's conversion errors print it. */
function tokenName(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE_VALUE' : 'FALSE_VALUE';
  if (typeof value === 'number') return Number.isInteger(value) ? 'NUMBER_VALUE' : 'DECIMAL_VALUE';
  return 'STRING_VALUE';
}

const JAVA_SCALARS: Partial<Record<MemberType, string>> = { string: 'String', boolean: 'Boolean', integer: 'Integer', long: 'Long', double: 'Double' };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** Returns the problem with a present value of a scalar member, if any. */
function scalarProblem(value: unknown, type: MemberType): string | undefined {
  const javaName = JAVA_SCALARS[type] ?? 'String';
  if (Array.isArray(value)) return `Unrecognized collection type class java.lang.${javaName}`;
  if (isObject(value)) return STRUCTURE_WHERE_NOT_EXPECTED;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : `${tokenName(value)} cannot be converted to String`;
    case 'boolean':
      if (typeof value === 'boolean') return undefined;
      return typeof value === 'string' ? 'Unexpected token received from parser' : `${tokenName(value)} cannot be converted to Boolean`;
    default:
      return typeof value === 'number' ? undefined : `${tokenName(value)} cannot be converted to ${javaName}`;
  }
}

function checkValue(value: unknown, rule: MemberRule, asElement: boolean): void {
  if (value === null || value === undefined) return;
  const type = rule.type ?? 'any';
  switch (type) {
    case 'any':
      return;
    case 'blob':
      if (typeof value === 'string' || value instanceof Uint8Array) return;
      if (Array.isArray(value)) throw serializationError('Unrecognized collection type class java.nio.ByteBuffer');
      if (isObject(value)) throw serializationError(STRUCTURE_WHERE_NOT_EXPECTED);
      throw serializationError('only base-64-encoded strings are convertible to bytes');
    case 'list':
      if (isObject(value)) throw serializationError(STRUCTURE_WHERE_NOT_EXPECTED);
      if (!Array.isArray(value)) throw serializationError('Unexpected field type');
      if (rule.items !== undefined) for (const element of value) checkValue(element, rule.items, true);
      return;
    case 'map':
      if (Array.isArray(value)) throw serializationError(`Unrecognized collection type java.util.Map<java.lang.String, ${MODEL_PACKAGE}.${rule.entries?.shapeName ?? 'AttributeValue'}>`);
      if (!isObject(value)) throw serializationError('Unexpected field type');
      if (rule.entries !== undefined) for (const entry of Object.values(value)) checkValue(entry, rule.entries, true);
      return;
    case 'structure':
      if (Array.isArray(value)) throw serializationError(`Unrecognized collection type class ${MODEL_PACKAGE}.${rule.shapeName ?? 'Structure'}`);
      if (!isObject(value)) throw serializationError(asElement ? 'Unexpected value type in payload' : 'Unexpected field type');
      if (rule.fields !== undefined) checkMemberTypes(value, rule.fields);
      return;
    default: {
      const problem = scalarProblem(value, type);
      if (problem !== undefined) throw serializationError(problem);
    }
  }
}

/**
 * Checks the JSON types of a structure's members in the order they appear in the document;
 * members the shape does not know are ignored, as DynamoDB ignores them.
 */
export function checkMemberTypes(structure: Readonly<Record<string, unknown>>, shape: Shape): void {
  for (const name of Object.keys(structure)) {
    const rule = shape[name];
    if (rule !== undefined) checkValue(structure[name], rule, false);
  }
}

/** The request body as a structure; anything else is not a request DynamoDB can read. */
export function requestStructure(request: unknown): Readonly<Record<string, unknown>> {
  if (request === null || request === undefined) return {};
  if (!isObject(request)) throw serializationError(Array.isArray(request) ? 'Unrecognized collection type class Request' : 'Unexpected value type in payload');
  return request;
}
