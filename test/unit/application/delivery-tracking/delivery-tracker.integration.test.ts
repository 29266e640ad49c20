import { expect } from 'chai';
import { createDeliveryTracker, type DeliveryTrackerOptions } from '../../../../application/delivery-tracking/create-delivery-tracker.js';
import type { DeliveryRecord } from '../../../../domain/delivery/delivery-record.js';
import type { DeliveryStatus } from '../../../../domain/delivery/delivery-status.js';
import { IllegalTransitionError } from '../../../../domain/delivery/illegal-transition-error.js';
import { IdempotencyConflictError } from '../../../../domain/errors/idempotency-conflict-error.js';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { DELIVERY_TRACKING_TABLE } from '../../../../domain/tables/table-specs.js';
import { DeliveryRecordNotFoundError, type DeliveryKeyInput, type DeliveryTracker } from '../../../../ports/delivery-tracker.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { createTableFromSpec } from '../event-store/support/create-table-from-spec.js';
import { manualClock, sequentialIds } from '../event-store/support/event-store-fixture.js';
import { timeoutAfterCommit } from '../event-store/support/fault-ports.js';
import { portsUnderTest } from '../event-store/support/ports-under-test.js';
import { rejection } from '../../../support/rejection.js';

type Step = 'markDelivered' | 'markFailed' | 'scheduleRetry';
const DAY_MS = 86_400_000;

for (const target of portsUnderTest()) {
  describe(`DeliveryTracker on ${target.name}`, function () {
    this.timeout(120_000);
    let port: DynamoDbPort;
    let close: () => void;
    let tableName: string;
    // DynamoDB Local sweeps items whose TTL is past by its own (real) clock, so the test clock
    // starts at the real time: records expire for the tracker only when the test says so.
    const start = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const clock = manualClock(start);
    let tracker: DeliveryTracker;
    let count = 0;
    const nextUser = (): string => `user-${++count}`;
    const trackerOn = (on: DynamoDbPort, overrides: Partial<DeliveryTrackerOptions> = {}): DeliveryTracker =>
      createDeliveryTracker({ port: on, clock, ids: sequentialIds(`t${++count}`), tableName, sleep: () => Promise.resolve(), ...overrides });

    const step = (on: DeliveryTracker, name: Step, key: DeliveryKeyInput): Promise<DeliveryRecord> =>
      name === 'markDelivered' ? on.markDelivered(key) : name === 'markFailed' ? on.markFailed(key, 'endpoint answered 500') : on.scheduleRetry(key, '2025-08-01T01:00:00.000Z');

    async function recorded(userId = nextUser(), eventId = 'evt-1', timestamp = '2025-07-31T12:00:00.000Z', eventType = 'Alert'): Promise<DeliveryKeyInput> {
      await tracker.record({ userId, eventId, eventType, timestamp, payload: { text: 'hello' } });
      return { userId, eventId, timestamp };
    }

    before(async () => {
      ({ port, close } = await target.open());
      tableName = await createTableFromSpec(port, DELIVERY_TRACKING_TABLE, 'deliveries');
    });
    after(() => { close(); });
    beforeEach(() => {
      clock.set(start);
      tracker = trackerOn(port);
    });

    it('records an event as pending with a 30-day TTL, and gets it back', async () => {
      const userId = nextUser();
      const outcome = await tracker.record({ userId, eventId: 'e1', eventType: 'Alert', timestamp: '2025-07-31T12:00:00+02:00', payload: { text: 'hi' } });
      expect(outcome.outcome).to.equal('recorded');
      expect(outcome.record).to.deep.include({ userId, eventId: 'e1', eventType: 'Alert', timestamp: '2025-07-31T10:00:00.000Z', status: 'pending', retryCount: 0, lastError: undefined });
      expect(outcome.record.ttl).to.equal(Date.parse(start) / 1000 + 30 * 86_400);
      expect(await tracker.get({ userId, eventId: 'e1', timestamp: '2025-07-31T10:00:00.000Z' })).to.deep.equal(outcome.record);
      expect(await tracker.get({ userId, eventId: 'e2', timestamp: '2025-07-31T10:00:00.000Z' })).to.equal(null);
    });

    it('answers a repeated record as a duplicate, and other content as a conflict', async () => {
      const key = await recorded();
      await tracker.markDelivered(key);
      const again = await tracker.record({ ...key, eventType: 'Alert', payload: { text: 'hello' } });
      expect(again.outcome).to.equal('duplicate');
      expect(again.record.status).to.equal('delivered');
      const error = await rejection(tracker.record({ ...key, eventType: 'Alert', payload: { text: 'other' } }));
      expect(IdempotencyConflictError.is(error)).to.equal(true);
    });

    const legal: [Step[], DeliveryStatus][] = [
      [['markDelivered'], 'delivered'],
      [['markFailed'], 'failed'],
      [['scheduleRetry'], 'retry_scheduled'],
      [['scheduleRetry', 'markDelivered'], 'delivered'],
      [['scheduleRetry', 'markFailed'], 'failed'],
      [['markFailed', 'scheduleRetry'], 'retry_scheduled'],
    ];
    for (const [steps, status] of legal) {
      it(`moves pending through ${steps.join(', ')} to ${status}, the status index following`, async () => {
        const key = await recorded();
        let last: DeliveryRecord | undefined;
        for (const name of steps) {
          clock.advance(1000);
          last = await step(tracker, name, key);
        }
        expect(last?.status).to.equal(status);
        expect(last?.updatedAt).to.equal(new Date(clock.now()).toISOString());
        expect(await tracker.get(key)).to.deep.equal(last);
        const byStatus = await tracker.queryByStatus(key.userId, status);
        expect(byStatus.items.map((item) => item.eventId)).to.deep.equal([key.eventId]);
        expect((await tracker.queryByStatus(key.userId, 'pending')).items).to.deep.equal([]);
      });
    }

    const illegal: [Step[], Step, DeliveryStatus][] = [
      [['markDelivered'], 'markDelivered', 'delivered'],
      [['markDelivered'], 'markFailed', 'delivered'],
      [['markDelivered'], 'scheduleRetry', 'delivered'],
      [['markFailed'], 'markDelivered', 'failed'],
      [['markFailed'], 'markFailed', 'failed'],
      [['scheduleRetry'], 'scheduleRetry', 'retry_scheduled'],
    ];
    for (const [steps, refused, from] of illegal) {
      it(`refuses ${refused} from ${from} with IllegalTransitionError, changing nothing`, async () => {
        const key = await recorded();
        for (const name of steps) await step(tracker, name, key);
        const before = await tracker.get(key);
        const error = await rejection(step(tracker, refused, key));
        expect(IllegalTransitionError.is(error), String(error)).to.equal(true);
        expect(error).to.include({ from, command: refused, reason: 'not-allowed' });
        expect(await tracker.get(key)).to.deep.equal(before);
      });
    }

    it('counts scheduled retries atomically and refuses one beyond the limit', async () => {
      const limited = trackerOn(port, { maxRetries: 2 });
      const key = await recorded();
      expect((await limited.scheduleRetry(key, '2025-08-01T00:05:00Z')).retryCount).to.equal(1);
      expect((await limited.markFailed(key, 'timeout')).lastError).to.equal('timeout');
      const second = await limited.scheduleRetry(key, '2025-08-01T00:10:00Z');
      expect(second).to.deep.include({ retryCount: 2, status: 'retry_scheduled', nextRetryAt: '2025-08-01T00:10:00.000Z' });
      await limited.markFailed(key, 'timeout again');
      const error = await rejection(limited.scheduleRetry(key, '2025-08-01T00:15:00Z'));
      expect(error).to.include({ reason: 'retry-limit-reached', from: 'failed' });
      expect((await limited.get(key))?.retryCount).to.equal(2);
    });

    it('lets exactly one of two concurrent transitions win', async () => {
      const key = await recorded();
      const results = await Promise.allSettled([trackerOn(port).scheduleRetry(key, '2025-08-02T00:00:00Z'), trackerOn(port).scheduleRetry(key, '2025-08-02T00:00:00Z')]);
      expect(results.filter((result) => result.status === 'fulfilled')).to.have.length(1);
      expect((await tracker.get(key))?.retryCount).to.equal(1);
    });

    it('recognises its own transition that landed before a timeout', async () => {
      const key = await recorded();
      const faulty = timeoutAfterCommit(port);
      faulty.failNext('UpdateItem');
      const delivered = await trackerOn(faulty.port).markDelivered(key);
      expect(delivered.status).to.equal('delivered');
      expect(faulty.thrown()).to.equal(1);
    });

    it('reports a transition of an absent record as DeliveryRecordNotFoundError', async () => {
      const error = await rejection(tracker.markDelivered({ userId: nextUser(), eventId: 'nope', timestamp: '2025-01-01T00:00:00Z' }));
      expect(DeliveryRecordNotFoundError.is(error)).to.equal(true);
    });

    it('hides expired records from every read before any sweep, and lets their key be recorded again', async () => {
      const key = await recorded();
      clock.advance(30 * DAY_MS - 1000);
      expect(await tracker.get(key)).to.not.equal(null);
      clock.advance(1000);
      expect(await tracker.get(key)).to.equal(null);
      expect((await tracker.queryByUser(key.userId)).items).to.deep.equal([]);
      expect((await tracker.queryByEventType(key.userId, 'Alert')).items).to.deep.equal([]);
      expect((await tracker.queryByStatus(key.userId, 'pending')).items).to.deep.equal([]);
      expect(DeliveryRecordNotFoundError.is(await rejection(tracker.markDelivered(key)))).to.equal(true);
      const again = await tracker.record({ ...key, eventType: 'Alert', payload: { text: 'new' } });
      expect(again.outcome).to.equal('recorded');
      expect(await tracker.get(key)).to.deep.include({ status: 'pending', payload: { text: 'new' } });
    });

    it('queries newest first within time ranges, in pages with an opaque cursor', async () => {
      const userId = nextUser();
      for (let hour = 0; hour < 5; hour++) {
        await tracker.record({ userId, eventId: `e${hour}`, eventType: hour % 2 === 0 ? 'Even' : 'Odd', timestamp: `2025-07-31T0${hour}:00:00.000Z`, payload: { hour } });
      }
      await tracker.record({ userId: `${userId}-other`, eventId: 'x', eventType: 'Even', timestamp: '2025-07-31T02:00:00.000Z', payload: {} });
      const ids = (page: { items: readonly DeliveryRecord[] }): string[] => page.items.map((item) => item.eventId);
      expect(ids(await tracker.queryByUser(userId))).to.deep.equal(['e4', 'e3', 'e2', 'e1', 'e0']);
      expect(ids(await tracker.queryByUser(userId, { from: '2025-07-31T01:00:00Z', to: '2025-07-31T03:00:00Z' }))).to.deep.equal(['e3', 'e2', 'e1']);
      expect(ids(await tracker.queryByEventType(userId, 'Even'))).to.deep.equal(['e4', 'e2', 'e0']);
      expect(ids(await tracker.queryByEventType(userId, 'Even', { to: '2025-07-31T02:00:00Z' }))).to.deep.equal(['e2', 'e0']);
      await tracker.markFailed({ userId, eventId: 'e1', timestamp: '2025-07-31T01:00:00.000Z' }, 'no route');
      expect(ids(await tracker.queryByStatus(userId, 'pending'))).to.deep.equal(['e4', 'e3', 'e2', 'e0']);
      expect(ids(await tracker.queryByStatus(userId, 'failed'))).to.deep.equal(['e1']);

      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await tracker.queryByUser(userId, { limit: 2, cursor });
        expect(page.items.length).to.be.at.most(2);
        seen.push(...ids(page));
        cursor = page.cursor;
        pages++;
      } while (cursor !== undefined && pages < 10);
      expect(seen).to.deep.equal(['e4', 'e3', 'e2', 'e1', 'e0']);

      const first = await tracker.queryByUser(userId, { limit: 2 });
      expect(first.cursor).to.be.a('string');
      for (const misuse of [tracker.queryByUser(`${userId}-other`, { cursor: first.cursor }), tracker.queryByStatus(userId, 'pending', { cursor: first.cursor }), tracker.queryByUser(userId, { cursor: 'garbage' })]) {
        const error = await rejection(misuse);
        expect(InvalidInputError.is(error), String(error)).to.equal(true);
        expect((error as InvalidInputError).field).to.equal('cursor');
      }
    });

    it('refuses bad input with a typed error and writes nothing', async () => {
      const userId = nextUser();
      const base = { userId, eventId: 'e', eventType: 'Alert', timestamp: '2025-07-31T00:00:00Z', payload: {} };
      const cases: [string, unknown][] = [
        ['eventType', { ...base, eventType: 'A#B' }],
        ['timestamp', { ...base, timestamp: 'yesterday' }],
        ['timestamp', { ...base, timestamp: '2025-02-30T00:00:00Z' }],
        ['userId', { ...base, userId: '' }],
        ['payload', { ...base, payload: [] }],
      ];
      for (const [field, event] of cases) {
        const error = await rejection(tracker.record(event as never));
        expect(InvalidInputError.is(error), `${field}: ${String(error)}`).to.equal(true);
        expect((error as InvalidInputError).field).to.equal(field);
      }
      expect((await tracker.queryByUser(userId)).items).to.deep.equal([]);
      const key = await recorded(userId);
      expect(InvalidInputError.is(await rejection(tracker.markFailed(key, '')))).to.equal(true);
      expect(InvalidInputError.is(await rejection(tracker.scheduleRetry(key, 'soon')))).to.equal(true);
      expect(InvalidInputError.is(await rejection(tracker.queryByStatus(userId, 'lost' as DeliveryStatus)))).to.equal(true);
      expect(InvalidInputError.is(await rejection(tracker.queryByUser(userId, { limit: 0 })))).to.equal(true);
      expect((await tracker.get(key))?.status).to.equal('pending');
    });
  });
}
