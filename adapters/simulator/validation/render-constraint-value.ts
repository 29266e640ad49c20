/**
 * How DynamoDB prints a rejected value inside a constraint message. The service is written in
 * Java and prints values with their Java `toString`: strings bare, numbers in decimal, lists as
 * `[a, b]` and maps as `{k=v}`. The caller puts the quotes around the result; an absent value
 * prints as a bare `null`.
 */
export function renderConstraintValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Uint8Array) return `java.nio.HeapByteBuffer[pos=0 lim=${value.length} cap=${value.length}]`;
  if (Array.isArray(value)) return `[${value.map((element) => renderConstraintValue(element)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([key, entry]) => `${key}=${renderConstraintValue(entry)}`);
    return `{${entries.join(', ')}}`;
  }
  // Functions and symbols never come out of JSON.
  return typeof value;
}
