/**
 * Values in a form that compares by meaning: adapters may return a Set where the model holds a
 * Set, a Buffer where it holds a Uint8Array, a NumberValue where it holds a number, and sets and
 * map keys in any order. Tagged objects keep sets, binaries and lists apart in a chai diff.
 */
export type NormalValue = string | number | boolean | null | readonly NormalValue[] | { readonly [key: string]: NormalValue };

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** lib-dynamodb's NumberValue: a class instance (never a plain map) holding a decimal string. */
function isNumberValue(value: object): value is { readonly value: string } {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype !== Object.prototype && prototype !== null && typeof (value as { value?: unknown }).value === 'string';
}

function normalNumber(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}

function byJson(left: NormalValue, right: NormalValue): number {
  const a = JSON.stringify(left);
  const b = JSON.stringify(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

function normalizeSet(set: ReadonlySet<unknown>): NormalValue {
  const elements = [...set].map(normalizeValue).sort(byJson);
  const first: unknown = set.values().next().value;
  const tag = typeof first === 'string' ? '$SS' : first instanceof Uint8Array ? '$BS' : '$NS';
  return { [tag]: elements };
}

export function normalizeValue(value: unknown): NormalValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return normalNumber(value);
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return { $B: hex(value) };
  if (value instanceof Set) return normalizeSet(value);
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (typeof value === 'object') {
    if (isNumberValue(value)) return normalNumber(Number(value.value));
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, inner]) => [key, normalizeValue(inner)]));
  }
  throw new TypeError(`not a DynamoDB document value: ${typeof value}`);
}

/** A string that is equal for two values exactly when DynamoDB holds them as the same value. */
export function canonicalString(value: unknown): string {
  return JSON.stringify(normalizeValue(value));
}

/** Items in a stable order, for comparing collections whose order DynamoDB does not define. */
export function normalizeItems(items: readonly unknown[]): NormalValue[] {
  return items.map(normalizeValue).sort(byJson);
}
