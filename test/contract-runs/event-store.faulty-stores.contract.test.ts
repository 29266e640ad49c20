/**
 * The store suites themselves under test: each fault below is one a store could plausibly have,
 * and the property that covers it must fail, with a report that carries the seed and the way to
 * replay it. The stores are the library's, on the simulator, with the fault wrapped around them.
 */
import { expect } from 'chai';
import { ExpectedVersion } from '../../domain/events/expected-version.js';
import type { DeliveryTracker } from '../../ports/delivery-tracker.js';
import { ConcurrencyError, type EventStore } from '../../ports/event-store.js';
import type { MessageStore } from '../../ports/message-store.js';
import { runDeliveryTrackerProperty } from '../contracts/delivery-tracker/describe-delivery-tracker-contract.js';
import { runEventStoreProperty } from '../contracts/event-store/describe-event-store-contract.js';
import { runMessageStoreProperty } from '../contracts/message-store/describe-message-store-contract.js';
import { deliveryTrackerFactory, eventStoreFactory, messageStoreFactory } from '../support/stores/library-stores.js';
import { simulatorTarget } from '../support/stores/store-targets.js';

/** Checks the version with a read, then appends without a condition: two writers can both pass. */
function readThenWrite(store: EventStore): EventStore {
  const faulty: EventStore = {
    ...store,
    appendEvent: async (aggregateType, entityId, eventType, eventData, userId, correlationId, expected) => {
      if (typeof expected !== 'number') return store.appendEvent(aggregateType, entityId, eventType, eventData, userId, correlationId, expected);
      const version = (await store.getEvents(entityId)).length;
      if (version !== expected) throw new ConcurrencyError(entityId, ExpectedVersion.exact(expected), version > expected ? 'stream-ahead' : 'stream-behind', version);
      return store.appendEvent(aggregateType, entityId, eventType, eventData, userId, correlationId);
    },
  };
  return Object.freeze(faulty);
}

/** Reads backward streams forward. */
function ignoresDirection(store: EventStore): EventStore {
  const faulty: EventStore = { ...store, readStream: (entityId, options) => store.readStream(entityId, options?.direction === 'backward' ? { ...options, direction: 'forward' } : options) };
  return Object.freeze(faulty);
}

/** Calls every put accepted, duplicates included. */
function alwaysAccepted(store: MessageStore): MessageStore {
  const faulty: MessageStore = { get: (eventId) => store.get(eventId), put: async (message) => ({ ...(await store.put(message)), outcome: 'accepted' as const }) };
  return Object.freeze(faulty);
}

/** Lets an expired record be read by its key. */
function noExpiryOnGet(tracker: DeliveryTracker, setBack: () => () => void): DeliveryTracker {
  const faulty: DeliveryTracker = {
    ...tracker,
    get: async (key) => {
      const restore = setBack();
      try {
        return await tracker.get(key);
      } finally {
        restore();
      }
    },
  };
  return Object.freeze(faulty);
}

async function failureOf(run: () => Promise<void>, what: string): Promise<Error> {
  const failure = await run().then(
    () => expect.fail(`the property passed on a store that ${what}`),
    (error: unknown) => error,
  );
  expect(failure).to.be.instanceOf(Error);
  return failure as Error;
}

function expectReplayable(failure: Error, symptom: RegExp): void {
  expect(failure.message).to.match(/seed: -?\d+, path: "[\d:]+"/);
  expect(failure.message).to.match(/CONTRACT_SEED=-?\d+ CONTRACT_PATH='[\d:]+'/);
  expect(`${failure.message}\n${String(failure.cause)}`).to.match(symptom);
}

describe('the store contracts on faulty stores', function () {
  this.timeout(300_000);

  it('the EventStore race property fails when appends check the version by a read before an unconditional write', async () => {
    const base = eventStoreFactory(simulatorTarget);
    const failure = await failureOf(
      () =>
        runEventStoreProperty('concurrent appenders with exact', async (context) => {
          const subject = await base(context);
          return { ...subject, eventStore: readThenWrite(subject.eventStore), newEventStore: () => readThenWrite(subject.newEventStore?.() ?? subject.eventStore) };
        }, { raceRuns: 100 }),
      'checks versions by a read',
    );
    expectReplayable(failure, /which expected version \d+, lands right after it/);
    expect(failure.message).to.match(/schedulerFor\(\)/);
  });

  it('the EventStore model property fails when backward reads come forward', async () => {
    const base = eventStoreFactory(simulatorTarget);
    const failure = await failureOf(
      () =>
        runEventStoreProperty('appends with right and wrong', async (context) => {
          const subject = await base(context);
          return { ...subject, eventStore: ignoresDirection(subject.eventStore), newEventStore: undefined };
        }, { numRuns: 200 }),
      'ignores the direction',
    );
    expectReplayable(failure, /readStream\(stream \d, backward/);
    expect(failure.message).to.match(/CONTRACT_REPLAY_PATH='[^']+'/);
  });

  it('the MessageStore model property fails when duplicates are reported as accepted', async () => {
    const base = messageStoreFactory(simulatorTarget);
    const failure = await failureOf(
      () =>
        runMessageStoreProperty('puts of new ids', async (context) => {
          const subject = await base(context);
          return { ...subject, messageStore: alwaysAccepted(subject.messageStore), newMessageStore: undefined };
        }, { numRuns: 200 }),
      'reports duplicates as accepted',
    );
    expectReplayable(failure, /expected 'accepted' to equal 'duplicate'/);
  });

  it('the DeliveryTracker model property fails when get shows expired records', async () => {
    const base = deliveryTrackerFactory(simulatorTarget);
    const failure = await failureOf(
      () =>
        runDeliveryTrackerProperty('records (new, duplicate', async (context) => {
          const subject = await base(context);
          const clock = subject.clock;
          // The store reads its clock a year back while it gets a record: nothing looks expired.
          const setBack = (): (() => void) => {
            const now = clock?.now() ?? 0;
            (clock as { set?: (ms: number) => void } | undefined)?.set?.(now - 365 * 86_400_000);
            return () => (clock as { set?: (ms: number) => void } | undefined)?.set?.(now);
          };
          return { ...subject, deliveryTracker: noExpiryOnGet(subject.deliveryTracker, setBack), newDeliveryTracker: undefined };
        }, { numRuns: 300 }),
      'shows expired records',
    );
    expectReplayable(failure, /no record \(absent or expired\)/);
  });
});
