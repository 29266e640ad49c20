/**
 * Reads of delivery tracking (get; queries by user, event type and status, newest first, within
 * inclusive time ranges, page by page), time passing (records expire: hidden from every read and
 * their key free again), another tracker, and bad input.
 */
import { expect } from 'chai';
import type { DeliveryRecord } from '../../../domain/delivery/delivery-record.js';
import type { DeliveryStatus } from '../../../domain/delivery/delivery-status.js';
import { InvalidInputError } from '../../../domain/errors/invalid-input-error.js';
import type { DeliveryPage, DeliveryQueryOptions } from '../../../ports/delivery-tracker.js';
import { describeOutcome, outcomeOf } from '../shared/outcome.js';
import { boundInstant, boundText, describeBound, type TimeBound } from '../shared/time-bound.js';
import { EVENT_TIME_BASE_MS, type DeliveryModel, type ModelDelivery } from './delivery-model.js';
import { describeKey, resolveKey, type DeliveryCommand, type DeliverySystem, type KeyChoice } from './delivery-system.js';
import { describeDelivery, expectDelivery } from './expect-delivery.js';

export class GetDeliveryCommand implements DeliveryCommand {
  constructor(readonly key: KeyChoice) {}

  check(): boolean {
    return true;
  }

  async run(model: DeliveryModel, system: DeliverySystem): Promise<void> {
    const { userId, eventId, timestamp, written } = resolveKey(model, this.key);
    expectDelivery(await system.tracker.get({ userId, eventId, timestamp: written }), model.live(userId, timestamp, eventId), this.toString());
  }

  toString(): string {
    return `get(${describeKey(this.key)})`;
  }
}

export type QueryChoice = { readonly by: 'user' } | { readonly by: 'type'; readonly eventType: string } | { readonly by: 'status'; readonly status: DeliveryStatus };

const MAX_PAGES = 50;

export class QueryCommand implements DeliveryCommand {
  constructor(
    readonly user: number,
    readonly query: QueryChoice,
    readonly from: TimeBound | undefined,
    readonly to: TimeBound | undefined,
    readonly limit: number,
  ) {}

  check(): boolean {
    return true;
  }

  private page(system: DeliverySystem, userId: string, options: DeliveryQueryOptions): Promise<DeliveryPage> {
    switch (this.query.by) {
      case 'user':
        return system.tracker.queryByUser(userId, options);
      case 'type':
        return system.tracker.queryByEventType(userId, this.query.eventType, options);
      case 'status':
        return system.tracker.queryByStatus(userId, this.query.status, options);
    }
  }

  private matches(record: ModelDelivery, userId: string, low: string | undefined, high: string | undefined): boolean {
    if (record.userId !== userId || (low !== undefined && record.timestamp < low) || (high !== undefined && record.timestamp > high)) return false;
    switch (this.query.by) {
      case 'user':
        return true;
      case 'type':
        return record.eventType === this.query.eventType;
      case 'status':
        return record.status === this.query.status;
    }
  }

  async run(model: DeliveryModel, system: DeliverySystem): Promise<void> {
    const userId = model.user(this.user);
    const low = this.from === undefined ? undefined : boundInstant(EVENT_TIME_BASE_MS, this.from);
    const high = this.to === undefined ? undefined : boundInstant(EVENT_TIME_BASE_MS, this.to);
    const options = { from: this.from === undefined ? undefined : boundText(EVENT_TIME_BASE_MS, this.from), to: this.to === undefined ? undefined : boundText(EVENT_TIME_BASE_MS, this.to), limit: this.limit };
    const found: DeliveryRecord[] = [];
    let cursor: string | undefined;
    for (let pages = 1; ; pages++) {
      const page = await this.page(system, userId, { ...options, cursor });
      expect(page.items.length, `${this.toString()}: page ${pages} holds at most ${this.limit}`).to.be.at.most(this.limit);
      found.push(...page.items);
      cursor = page.cursor;
      if (cursor === undefined) break;
      expect(pages, `${this.toString()}: pages`).to.be.below(MAX_PAGES);
    }
    // Newest first: by the table's sort key (time, then event id); an index orders by time only.
    const order = (record: { readonly timestamp: string; readonly eventId: string }): string => (this.query.by === 'user' ? `${record.timestamp}#${record.eventId}` : record.timestamp);
    const expected = model
      .liveRecords()
      .filter((record) => this.matches(record, userId, low, high))
      .sort((left, right) => (order(left) < order(right) ? 1 : order(left) > order(right) ? -1 : 0));
    expect(found.map(order), `${this.toString()}: newest first`).to.deep.equal(expected.map(order));
    const byKey = new Map(expected.map((record) => [describeDelivery(record), record]));
    expect(found.map(describeDelivery).sort(), `${this.toString()}: the records`).to.deep.equal([...byKey.keys()].sort());
    for (const record of found) expectDelivery(record, byKey.get(describeDelivery(record)), this.toString());
  }

  toString(): string {
    const what = this.query.by === 'user' ? 'queryByUser' : this.query.by === 'type' ? `queryByEventType(${this.query.eventType}` : `queryByStatus(${this.query.status}`;
    return `${what}${this.query.by === 'user' ? '(' : ', '}user ${this.user}, ${describeBound(this.from)}..${describeBound(this.to)}, pages of ${this.limit})`;
  }
}

export class AdvanceDeliveryClockCommand implements DeliveryCommand {
  constructor(readonly ms: number) {}

  check(model: Readonly<DeliveryModel>): boolean {
    return model.clock !== undefined;
  }

  run(model: DeliveryModel): Promise<void> {
    model.clock?.advance(this.ms);
    return Promise.resolve();
  }

  toString(): string {
    return `advance the clock by ${this.ms} ms`;
  }
}

export class SwitchTrackerCommand implements DeliveryCommand {
  check(model: Readonly<DeliveryModel>): boolean {
    return model.canSwitchTrackers;
  }

  run(_model: DeliveryModel, system: DeliverySystem): Promise<void> {
    system.tracker = system.subject.newDeliveryTracker?.() ?? system.tracker;
    return Promise.resolve();
  }

  toString(): string {
    return 'switch to a new tracker instance over the same table';
  }
}

export const INVALID_DELIVERY_CALLS = ['event type with #', 'bad timestamp', 'empty error text', 'bad retry time', 'unknown status', 'page limit 0', 'foreign cursor'] as const;

export class InvalidDeliveryCommand implements DeliveryCommand {
  constructor(
    readonly key: KeyChoice,
    readonly call: (typeof INVALID_DELIVERY_CALLS)[number],
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: DeliveryModel, { tracker }: DeliverySystem): Promise<void> {
    const { userId, eventId, written } = resolveKey(model, this.key);
    const key = { userId, eventId, timestamp: written };
    const calls: Record<(typeof INVALID_DELIVERY_CALLS)[number], () => Promise<unknown>> = {
      'event type with #': () => tracker.record({ ...key, eventType: 'Email#2', payload: {} }),
      'bad timestamp': () => tracker.record({ ...key, timestamp: '2024-02-30T00:00:00Z', eventType: 'Email', payload: {} }),
      'empty error text': () => tracker.markFailed(key, ''),
      'bad retry time': () => tracker.scheduleRetry(key, 'tomorrow'),
      'unknown status': () => tracker.queryByStatus(userId, 'lost' as DeliveryStatus),
      'page limit 0': () => tracker.queryByUser(userId, { limit: 0 }),
      'foreign cursor': () => tracker.queryByUser(userId, { cursor: 'bm90IGEgY3Vyc29y' }),
    };
    const outcome = await outcomeOf(calls[this.call]);
    expect(!outcome.ok && InvalidInputError.is(outcome.error), `${this.toString()} is refused with InvalidInputError, but ${describeOutcome(outcome)}`).to.equal(true);
  }

  toString(): string {
    return `bad input (${describeKey(this.key)}): ${this.call}`;
  }
}
