/**
 * The stores as the container composes them (store -> retries and circuit breaker -> storage),
 * over a simulator that injects faults: throttling, internal errors, transaction conflicts,
 * writes that are applied and then time out, and unprocessed batch items. Everything random comes
 * from the run's seed; the pauses between retries only yield, so a run takes milliseconds.
 */
import { createDeliveryTracker } from '../../../application/delivery-tracking/create-delivery-tracker.js';
import { createEventStore } from '../../../application/event-store/create-event-store.js';
import { createMessageStore } from '../../../application/message-store/create-message-store.js';
import { withResilience } from '../../../adapters/resilience/with-resilience.js';
import { createSimulator, type Simulator } from '../../../adapters/simulator/create-simulator.js';
import { createManualClock, type ManualClock } from '../../../adapters/simulator/manual-clock.js';
import { DELIVERY_TRACKING_TABLE, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE, MESSAGE_STORE_TABLE } from '../../../domain/tables/table-specs.js';
import type { DeliveryTracker } from '../../../ports/delivery-tracker.js';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';
import type { EventStore } from '../../../ports/event-store.js';
import type { MessageStore } from '../../../ports/message-store.js';
import { counterIds, noSleep, provisionTables } from '../../support/stores/library-stores.js';

export interface FaultSettings {
  readonly seed: number;
  readonly throttling: number;
  readonly internalError: number;
  readonly transactionConflict: number;
  readonly timeoutAfterCommit: number;
  readonly unprocessed: number;
  /** Attempts the retry layer makes for internal errors, unavailability and timeouts (1: none again). */
  readonly layerAttempts: number;
  /** Resends of the stores after an ambiguous failure. */
  readonly storeResends: number;
}

export interface FaultyStores {
  readonly simulator: Simulator;
  /** The port as the container composes it: retries and circuit breaker over the faulty simulator. */
  readonly port: DynamoDbPort;
  /** The circuit breaker's clock: a caller refused by an open circuit waits it out by moving it. */
  readonly breakerClock: ManualClock;
  readonly tables: Readonly<Record<string, string>>;
  /** A new store, as another process would have (its own caches and ids). */
  eventStore(name: string): EventStore;
  messageStore(name: string): MessageStore;
  deliveryTracker(name: string): DeliveryTracker;
}

const yieldSleep = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export async function openFaultyStores(settings: FaultSettings): Promise<FaultyStores> {
  const simulator = createSimulator({ seed: settings.seed });
  const tables = await provisionTables(
    { port: simulator.port, provisioning: simulator.port, close: () => Promise.resolve() },
    { events: EVENT_STORE_EVENTS_TABLE, snapshots: EVENT_STORE_SNAPSHOTS_TABLE, messages: MESSAGE_STORE_TABLE, deliveries: DELIVERY_TRACKING_TABLE },
  );
  const writes = ['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems'];
  simulator.faults.inject({ fault: { kind: 'throttling' }, probability: settings.throttling });
  simulator.faults.inject({ fault: { kind: 'internal-error' }, probability: settings.internalError });
  simulator.faults.inject({ operation: writes, fault: { kind: 'transaction-conflict' }, probability: settings.transactionConflict });
  simulator.faults.inject({ operation: writes, fault: { kind: 'timeout-after-commit' }, probability: settings.timeoutAfterCommit });
  simulator.faults.inject({ operation: ['BatchGetItem', 'BatchWriteItem'], fault: { kind: 'unprocessed' }, probability: settings.unprocessed });
  const breakerClock = createManualClock(Date.parse('2025-01-01T00:00:00.000Z'));
  const tokens = counterIds(`token-${settings.seed}`);
  const attempts = { maxAttempts: settings.layerAttempts, baseDelayMs: 1 };
  const port = withResilience(simulator.port, {
    retry: { internalServerError: attempts, serviceUnavailable: attempts, transactionConflict: attempts, throttling: { maxAttempts: 10, baseDelayMs: 1 } },
    clock: breakerClock,
    sleep: yieldSleep,
    random: seeded(settings.seed),
    clientRequestToken: () => tokens.newId(),
  });
  const clock = createManualClock(Date.now());
  const common = { port, clock, sleep: noSleep, ambiguousRetries: settings.storeResends, random: seeded(settings.seed + 1) };
  return {
    simulator,
    port,
    breakerClock,
    tables,
    eventStore: (name) => createEventStore({ ...common, ids: counterIds(name), tables: { events: tables['events'], snapshots: tables['snapshots'] } }),
    messageStore: (name) => createMessageStore({ ...common, ids: counterIds(name), tableName: tables['messages'] }),
    deliveryTracker: (name) => createDeliveryTracker({ ...common, ids: counterIds(name), tableName: tables['deliveries'] }),
  };
}

/** What the callers saw: failures, and whether each failed write had landed when looked at. */
export interface CallerFigures {
  failures: number;
  landed: number;
  absent: number;
  conflicts: number;
}

export function newFigures(): CallerFigures {
  return { failures: 0, landed: 0, absent: 0, conflicts: 0 };
}

/** A failure a caller should try again: the storage's, not a verdict on the request. */
export function isStorageFailure(error: unknown): boolean {
  return DynamoDbError.is(error) && (error.kind === 'service' || error.kind === 'throughput' || error.reason === 'TransactionConflict' || error.kind === 'transaction');
}

/** Runs `call` until it gives an answer that is not a storage failure; an open circuit is waited out. */
export async function untilAnswered<T>(stores: FaultyStores, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isStorageFailure(error) || attempt >= 200) throw error;
      if (DynamoDbError.is(error) && error.reason === 'CircuitOpen') stores.breakerClock.advance(30_000);
      await yieldSleep();
    }
  }
}
