import { DYNAMODB_TIMESTAMP_FIELDS } from '../../../../ports/dynamo-db-timestamp-fields.js';

/**
 * A copy of `value` with the timestamps as Dates: descriptions carry them as epoch seconds on the
 * wire, the port (like the AWS SDK) gives Dates. A copy, not an in-place change: descriptions
 * may share frozen parts with the engine's catalog.
 */
export function datesFromEpochSeconds(value: unknown): unknown {
  if (Array.isArray(value)) return (value as unknown[]).map(datesFromEpochSeconds);
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array || value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = typeof field === 'number' && DYNAMODB_TIMESTAMP_FIELDS.has(key) ? new Date(Math.round(field * 1000)) : datesFromEpochSeconds(field);
  }
  return copy;
}
