/**
 * Version numbers as branded integers. A stream's version is the sequence number of its last
 * event (0 for a stream without events); sequence numbers start at 1 and have no gaps.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { Branded } from './identifiers.js';

export type StreamVersion = Branded<number, 'StreamVersion'>;
export type SequenceNumber = Branded<number, 'SequenceNumber'>;
/** The schema version of an event's data, 1 for the first. */
export type SchemaVersion = Branded<number, 'SchemaVersion'>;

function integerAtLeast(value: unknown, field: string, minimum: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
    throw new InvalidInputError(field, `must be an integer of at least ${minimum} (got ${typeof value === 'number' ? value : typeof value})`);
  }
  return value;
}

export const streamVersion = (value: unknown, field = 'version'): StreamVersion => integerAtLeast(value, field, 0) as StreamVersion;
export const sequenceNumber = (value: unknown, field = 'sequenceNumber'): SequenceNumber => integerAtLeast(value, field, 1) as SequenceNumber;
export const schemaVersion = (value: unknown, field = 'schemaVersion'): SchemaVersion => integerAtLeast(value, field, 1) as SchemaVersion;

/** A positive integer option such as a page size or a count. */
export function positiveInteger(value: unknown, field: string, maximum = Number.MAX_SAFE_INTEGER): number {
  const checked = integerAtLeast(value, field, 1);
  if (checked > maximum) throw new InvalidInputError(field, `must be at most ${maximum} (got ${checked})`);
  return checked;
}
