/**
 * Timestamps as ISO 8601 strings in one fixed-width form, `YYYY-MM-DDTHH:mm:ss.sssZ` (UTC, with
 * milliseconds), so that string order is time order: DynamoDB compares sort keys as strings, and
 * range queries over `eventTime` or `timestamp#event_id` rely on it.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { Branded } from './identifiers.js';

export type IsoTimestamp = Branded<string, 'IsoTimestamp'>;

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** The instants the fixed-width form can show: the years 0000 to 9999. */
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;

/** The last conversion: a busy writer asks for the same millisecond many times in a row. */
let lastMs = Number.NaN;
let lastIso = '' as IsoTimestamp;

export function isoFromEpochMs(epochMs: number, field = 'time'): IsoTimestamp {
  if (!Number.isFinite(epochMs) || epochMs < MIN_MS || epochMs > MAX_MS) throw new InvalidInputError(field, `is outside the years 0000 to 9999 (${epochMs} ms)`);
  const ms = Math.trunc(epochMs);
  if (ms !== lastMs) {
    lastIso = new Date(ms).toISOString() as IsoTimestamp;
    lastMs = ms;
  }
  return lastIso;
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function invalid(field: string): InvalidInputError {
  return new InvalidInputError(field, 'must be an ISO 8601 date-time with a time zone, such as 2025-01-31T12:00:00.000Z');
}

/**
 * Accepts an ISO 8601 date-time with a time zone (`2025-01-02T03:04:05+01:00`), and returns the
 * same instant in the canonical form. Impossible dates (February 30th) are refused, not rolled
 * over; digits beyond milliseconds are cut off.
 */
export function isoTimestamp(value: unknown, field = 'timestamp'): IsoTimestamp {
  if (typeof value !== 'string') throw invalid(field);
  const match = ISO_8601.exec(value);
  if (match === null) throw invalid(field);
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((group) => Number(match[group] ?? '0')) as [number, number, number, number, number, number];
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const offsetHours = Number(match[10] ?? '0');
  const offsetMinutes = Number(match[11] ?? '0');
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    throw new InvalidInputError(field, `is not a valid date-time (${value})`);
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const offsetMs = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return isoFromEpochMs(date.getTime() - offsetMs, field);
}

export function epochMsOf(timestamp: IsoTimestamp): number {
  return Date.parse(timestamp);
}
