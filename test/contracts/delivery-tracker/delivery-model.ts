/**
 * The plain model of delivery tracking: records by key (user, event time, event id) with their
 * status, retry count and times, and the state machine restated from the design:
 *
 *     pending          -> delivered | failed | retry_scheduled
 *     retry_scheduled  -> delivered | failed
 *     failed           -> retry_scheduled
 *     delivered        (final)
 *
 * plus a limit on the retries scheduled per record. Expired records (TTL at or before now) count
 * as absent everywhere.
 */
import type { DeliveryStatus } from '../../../domain/delivery/delivery-status.js';
import type { JsonObject } from '../../../domain/values/json-value.js';
import { Pinned } from '../shared/pinned.js';
import type { AdjustableClock } from '../shared/store-factory-context.js';

export type TransitionName = 'markDelivered' | 'markFailed' | 'scheduleRetry';

export const ALLOWED: Readonly<Record<TransitionName, readonly DeliveryStatus[]>> = {
  markDelivered: ['pending', 'retry_scheduled'],
  markFailed: ['pending', 'retry_scheduled'],
  scheduleRetry: ['pending', 'failed'],
};

export const TARGET: Readonly<Record<TransitionName, DeliveryStatus>> = { markDelivered: 'delivered', markFailed: 'failed', scheduleRetry: 'retry_scheduled' };

export interface DeliveryContent {
  readonly eventType: string;
  readonly payload: JsonObject;
}

export interface ModelDelivery extends DeliveryContent {
  readonly userId: string;
  readonly eventId: string;
  readonly timestamp: string;
  status: DeliveryStatus;
  retryCount: number;
  lastError: string | undefined;
  nextRetryAt: string | undefined;
  readonly createdAt: Pinned<string>;
  updatedAt: Pinned<string>;
  readonly ttl: Pinned<number>;
}

/** Delivery state alone, for the race property's search of orders. */
export type DeliveryState = Pick<ModelDelivery, 'status' | 'retryCount' | 'lastError' | 'nextRetryAt'>;

export interface TransitionCall {
  readonly name: TransitionName;
  /** markFailed's error text. */
  readonly error: string;
  /** scheduleRetry's time, canonical ISO. */
  readonly retryAt: string;
}

export type TransitionDecision = { readonly ok: true; readonly state: DeliveryState } | { readonly ok: false; readonly reason: 'not-allowed' | 'retry-limit-reached' };

export function decideTransition(state: DeliveryState, call: TransitionCall, maxRetries: number): TransitionDecision {
  if (!ALLOWED[call.name].includes(state.status)) return { ok: false, reason: 'not-allowed' };
  switch (call.name) {
    case 'markDelivered':
      return { ok: true, state: { ...state, status: 'delivered', nextRetryAt: undefined } };
    case 'markFailed':
      return { ok: true, state: { ...state, status: 'failed', lastError: call.error, nextRetryAt: undefined } };
    case 'scheduleRetry':
      if (state.retryCount >= maxRetries) return { ok: false, reason: 'retry-limit-reached' };
      return { ok: true, state: { ...state, status: 'retry_scheduled', retryCount: state.retryCount + 1, nextRetryAt: call.retryAt } };
  }
}

/** Event times are the client's: fixed instants a step apart, independent of the store's clock. */
export const EVENT_TIME_BASE_MS = Date.parse('2024-06-01T00:00:00.000Z');
export const USERS = 2;
export const EVENTS = 3;
export const EVENT_TIMES = 4;

export class DeliveryModel {
  private readonly records = new Map<string, ModelDelivery>();

  constructor(
    readonly prefix: string,
    readonly clock: AdjustableClock | undefined,
    readonly canSwitchTrackers: boolean,
    readonly maxRetries: number,
  ) {}

  user(index: number): string {
    return `${this.prefix}-user-${index}`;
  }

  eventId(index: number): string {
    return `${this.prefix}-event-${index}`;
  }

  nowIso(): string | undefined {
    return this.clock === undefined ? undefined : new Date(this.clock.now()).toISOString();
  }

  /** The record, unless absent or expired. */
  live(userId: string, timestamp: string, eventId: string): ModelDelivery | undefined {
    const record = this.records.get(keyText(userId, timestamp, eventId));
    return record === undefined || this.expired(record) ? undefined : record;
  }

  liveRecords(): readonly ModelDelivery[] {
    return [...this.records.values()].filter((record) => !this.expired(record));
  }

  allKeys(): readonly ModelDelivery[] {
    return [...this.records.values()];
  }

  record(userId: string, timestamp: string, eventId: string, content: DeliveryContent): ModelDelivery {
    const now = this.nowIso();
    const record: ModelDelivery = { userId, eventId, timestamp, ...content, status: 'pending', retryCount: 0, lastError: undefined, nextRetryAt: undefined, createdAt: new Pinned(now), updatedAt: new Pinned(now), ttl: new Pinned<number>() };
    this.records.set(keyText(userId, timestamp, eventId), record);
    return record;
  }

  private expired(record: ModelDelivery): boolean {
    const ttl = record.ttl.current;
    return this.clock !== undefined && ttl !== undefined && ttl <= Math.floor(this.clock.now() / 1000);
  }
}

function keyText(userId: string, timestamp: string, eventId: string): string {
  return JSON.stringify([userId, timestamp, eventId]);
}
