/** A key attribute's value as a span attribute: strings and numbers as they are, the rest as text. */
import type { DocumentValue } from '../../ports/document-value.js';
import type { TelemetryValue } from '../../ports/telemetry.js';

export function keyValueLabel(value: DocumentValue | undefined): TelemetryValue | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return `base64:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}`;
  // lib-dynamodb's NumberValue: the decimal string is the value.
  if (typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string') return (value as { value: string }).value;
  return undefined;
}
