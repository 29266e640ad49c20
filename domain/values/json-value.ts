/**
 * JSON values: what events, messages and payloads carry. They are a subset of the document shape
 * that the DynamoDB port stores, chosen so that what is read back equals what was written (no
 * sets, no binaries, no numbers that a JavaScript number cannot hold exactly).
 */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
