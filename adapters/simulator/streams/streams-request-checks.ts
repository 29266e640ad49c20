/**
 * Request checks of the DynamoDB Streams operations, with the service's own validation messages
 * (the "1 validation error detected: Value ... at '...' failed to satisfy constraint" family).
 */
import { SimulatorError } from '../simulator-error.js';

export type StreamsRequest = Readonly<Record<string, unknown>>;

export function requestObject(request: unknown): StreamsRequest {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw new SimulatorError('SerializationException', 'Start of structure or map found where not expected.');
  }
  return request as StreamsRequest;
}

function constraint(value: unknown, member: string, rule: string): SimulatorError {
  const shown = value === undefined || value === null ? 'null' : `'${typeof value === 'string' ? value : JSON.stringify(value)}'`;
  return SimulatorError.validation(`1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: Member must ${rule}`);
}

function lowerCamel(field: string): string {
  return field.charAt(0).toLowerCase() + field.slice(1);
}

function wrongType(field: string, expected: string): SimulatorError {
  return new SimulatorError('SerializationException', `${field} must be a ${expected}`);
}

export function optionalString(request: StreamsRequest, field: string, minLength: number, maxLength: number): string | undefined {
  const value = request[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw wrongType(field, 'String');
  if (value.length < minLength) throw constraint(value, lowerCamel(field), `have length greater than or equal to ${minLength}`);
  if (value.length > maxLength) throw constraint(value, lowerCamel(field), `have length less than or equal to ${maxLength}`);
  return value;
}

export function requiredString(request: StreamsRequest, field: string, minLength: number, maxLength: number): string {
  const value = optionalString(request, field, minLength, maxLength);
  if (value === undefined) throw constraint(undefined, lowerCamel(field), 'not be null');
  return value;
}

export function optionalLimit(request: StreamsRequest, max: number | undefined): number | undefined {
  const value = request['Limit'];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType('Limit', 'Integer');
  if (value < 1) throw constraint(value, 'limit', 'have value greater than or equal to 1');
  if (max !== undefined && value > max) throw constraint(value, 'limit', `have value less than or equal to ${max}`);
  return value;
}

export function requiredEnum<T extends string>(request: StreamsRequest, field: string, values: readonly T[]): T {
  const value = request[field];
  if (value === undefined || value === null) throw constraint(undefined, lowerCamel(field), 'not be null');
  if (typeof value !== 'string') throw wrongType(field, 'String');
  if (!(values as readonly string[]).includes(value)) throw constraint(value, lowerCamel(field), `satisfy enum value set: [${values.join(', ')}]`);
  return value as T;
}
