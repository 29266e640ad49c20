/**
 * Table and stream descriptions carry timestamps as epoch seconds on the wire; the port, like the
 * AWS SDK, gives them as Date objects. Only the fields DynamoDB's model types as timestamps are
 * converted, wherever they sit in the description.
 */
const TIMESTAMP_FIELDS: ReadonlySet<string> = new Set([
  'CreationDateTime',
  'LastIncreaseDateTime',
  'LastDecreaseDateTime',
  'LastUpdateToPayPerRequestDateTime',
  'LastUpdateDateTime',
  'EarliestRestorableDateTime',
  'LatestRestorableDateTime',
  'CreationRequestDateTime',
  'ApproximateCreationDateTime',
  'InaccessibleEncryptionDateTime',
  'ArchivalDateTime',
]);

/**
 * A copy of `value` with the timestamps as Dates. A copy, not an in-place change: descriptions
 * may share frozen parts with the engine's catalog.
 */
export function datesFromEpochSeconds(value: unknown): unknown {
  if (Array.isArray(value)) return (value as unknown[]).map(datesFromEpochSeconds);
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array || value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = typeof field === 'number' && TIMESTAMP_FIELDS.has(key) ? new Date(Math.round(field * 1000)) : datesFromEpochSeconds(field);
  }
  return copy;
}
