/**
 * Log fields made safe for JSON: bigints, sets, maps, binary and errors in a readable form,
 * cycles cut, and any field whose name suggests a secret replaced by `[redacted]` (defence in
 * depth: nothing we log should hold one).
 */
const SECRET_NAMES = /secret|password|passphrase|token|authorization|credential|accesskeyid|sessiontoken|signature/i;
const REDACTED = '[redacted]';

function safe(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (value instanceof Uint8Array) return { base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
    if (value instanceof Set) return [...value].map((entry) => safe(entry, seen));
    if (value instanceof Map) return Object.fromEntries([...value].map(([key, entry]) => [String(key), safe(entry, seen)]));
    if (Array.isArray(value)) return value.map((entry) => safe(entry, seen));
    const json = (value as { toJSON?: unknown }).toJSON;
    if (typeof json === 'function') return safe(json.call(value), seen);
    if (value instanceof Error) return { name: value.name, message: value.message };
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) result[key] = SECRET_NAMES.test(key) ? REDACTED : safe(entry, seen);
    return result;
  } finally {
    seen.delete(value);
  }
}

/** A JSON-ready copy of `value`. */
export function jsonSafe(value: unknown): unknown {
  return safe(value, new WeakSet());
}
