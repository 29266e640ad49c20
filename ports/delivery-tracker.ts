/**
 * The delivery tracking port: delivery records per user with a status that moves by the
 * state machine of domain/delivery (illegal moves throw IllegalTransitionError), queries newest
 * first with opaque cursors, and expired records (TTL passed) hidden from every read.
 */
import { hasBrand } from '../domain/errors/has-brand.js';
import type { DeliveryEventInput, DeliveryRecord } from '../domain/delivery/delivery-record.js';
import type { DeliveryStatus } from '../domain/delivery/delivery-status.js';

export interface DeliveryKeyInput {
  readonly userId: string;
  readonly timestamp: string;
  readonly eventId: string;
}

export interface DeliveryQueryOptions {
  /** The earliest event time to include (ISO 8601, inclusive). */
  readonly from?: string | undefined;
  /** The latest event time to include (ISO 8601, inclusive). */
  readonly to?: string | undefined;
  /** At most this many records per page (1 to 1000, default 50). */
  readonly limit?: number | undefined;
  /** The cursor of the previous page, to read the next one. */
  readonly cursor?: string | undefined;
}

export interface DeliveryPage {
  /** Newest first. */
  readonly items: readonly DeliveryRecord[];
  /** Present when there may be more: pass it back as `cursor`. */
  readonly cursor: string | undefined;
}

export type RecordOutcome =
  | { readonly outcome: 'recorded'; readonly record: DeliveryRecord }
  /** The same event was recorded before with the same content: the stored record, unchanged. */
  | { readonly outcome: 'duplicate'; readonly record: DeliveryRecord };

export interface DeliveryTracker {
  /** Records an event as pending, with its TTL. The same key with other content: IdempotencyConflictError. */
  record(event: DeliveryEventInput): Promise<RecordOutcome>;
  /** Strongly consistent; null when absent or expired. */
  get(key: DeliveryKeyInput): Promise<DeliveryRecord | null>;
  queryByUser(userId: string, options?: DeliveryQueryOptions): Promise<DeliveryPage>;
  queryByEventType(userId: string, eventType: string, options?: DeliveryQueryOptions): Promise<DeliveryPage>;
  queryByStatus(userId: string, status: DeliveryStatus, options?: DeliveryQueryOptions): Promise<DeliveryPage>;
  markDelivered(key: DeliveryKeyInput): Promise<DeliveryRecord>;
  markFailed(key: DeliveryKeyInput, error: string): Promise<DeliveryRecord>;
  /** Schedules a retry at `retryAt` (ISO 8601) and adds one to the retry count atomically. */
  scheduleRetry(key: DeliveryKeyInput, retryAt: string): Promise<DeliveryRecord>;
}

const BRAND = Symbol.for('dynamo-hexagon.DeliveryRecordNotFoundError');

/** A transition on a record that does not exist or has expired. Nothing was written. */
export class DeliveryRecordNotFoundError extends Error {
  readonly [BRAND] = true;
  readonly key: DeliveryKeyInput;

  constructor(key: DeliveryKeyInput) {
    super(`no delivery record for user ${JSON.stringify(key.userId)}, event ${JSON.stringify(key.eventId)} at ${key.timestamp} (absent or expired)`);
    this.name = 'DeliveryRecordNotFoundError';
    this.key = { userId: key.userId, timestamp: key.timestamp, eventId: key.eventId };
  }

  static is(value: unknown): value is DeliveryRecordNotFoundError {
    return hasBrand(value, BRAND);
  }
}
