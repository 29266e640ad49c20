/** The values a cassette is made of: plain JSON, nothing that JSON cannot say exactly. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;

export interface JsonObject {
  readonly [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets a field as an own property, `__proto__` included: attribute names are arbitrary, and a
 * plain assignment of `__proto__` would change the object's prototype instead of adding data.
 */
export function setField<T>(object: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
