/**
 * Time to live: a retention period turned into the epoch-seconds attribute that DynamoDB's TTL
 * sweep reads. DynamoDB deletes expired items only eventually (typically within days) and until
 * then they still show up in reads, so readers filter them with `isExpired` (or the equivalent
 * filter expression `ttl > :nowSeconds`). An item is expired once its TTL is at or before now,
 * as in the AWS documentation's filter for pending deletions.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';

export interface TtlPolicy {
  readonly retentionSeconds: number;
}

export const SECONDS_PER_DAY = 86_400;
export const DEFAULT_RETENTION_DAYS = 30;

export function ttlPolicy(retention: { readonly days?: number; readonly seconds?: number } = {}): TtlPolicy {
  const seconds = retention.seconds ?? (retention.days ?? DEFAULT_RETENTION_DAYS) * SECONDS_PER_DAY;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new InvalidInputError('retention', `must be a positive whole number of seconds (got ${seconds})`);
  return Object.freeze({ retentionSeconds: seconds });
}

export const DEFAULT_TTL_POLICY: TtlPolicy = ttlPolicy();

export function epochSeconds(epochMs: number): number {
  return Math.floor(epochMs / 1000);
}

/** The TTL attribute's value for a record written at `nowMs`. */
export function expiresAt(policy: TtlPolicy, nowMs: number): number {
  return epochSeconds(nowMs) + policy.retentionSeconds;
}

/** True once the record's TTL is at or before now; records without a TTL never expire. */
export function isExpired(record: { readonly ttl?: number | undefined }, nowMs: number): boolean {
  return record.ttl !== undefined && record.ttl <= epochSeconds(nowMs);
}
