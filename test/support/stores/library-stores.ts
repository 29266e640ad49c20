/**
 * The library's own stores as subjects of the contract suites, the stress run and the fault
 * proofs: tables provisioned with ensureTables under unique names, a clock the suites can move,
 * ids from a counter (so that a recorded run can be repeated request for request), and no real
 * pauses between retries (the suites' schedulers, not timers, decide the interleavings).
 */
import { createDeliveryTracker } from '../../../application/delivery-tracking/create-delivery-tracker.js';
import { createEventStore } from '../../../application/event-store/create-event-store.js';
import { createMessageStore } from '../../../application/message-store/create-message-store.js';
import { ensureTables } from '../../../application/provisioning/ensure-tables.js';
import { createManualClock, type ManualClock } from '../../../adapters/simulator/manual-clock.js';
import type { TableSpec } from '../../../domain/tables/table-spec.js';
import { DELIVERY_TRACKING_TABLE, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE, MESSAGE_STORE_TABLE } from '../../../domain/tables/table-specs.js';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';
import type { IdGenerator } from '../../../ports/id-generator.js';
import type { DeliveryTrackerFactory } from '../../contracts/delivery-tracker/delivery-tracker-under-test.js';
import type { EventStoreFactory } from '../../contracts/event-store/event-store-under-test.js';
import type { MessageStoreFactory } from '../../contracts/message-store/message-store-under-test.js';
import { uniqueTableName } from '../unique-table-name.js';

/** Where the stores' tables live. */
export interface StoreTarget {
  /** The port the stores send their requests to. */
  readonly port: DynamoDbPort;
  /**
   * The port to create and delete the tables with (the same storage, but not recorded);
   * undefined when there is nothing to create, as on a replay.
   */
  readonly provisioning: DynamoDbPort | undefined;
  close(): Promise<void>;
}

export type OpenTarget = () => Promise<StoreTarget>;

/**
 * A fixed instant for runs whose requests must repeat (recordings). Other runs start their clock
 * at the real time: DynamoDB Local, like DynamoDB, deletes items whose TTL has passed by the real
 * clock (within seconds, measured), so a store clock behind it would see its records vanish.
 */
export const CONTRACT_START_MS = Date.parse('2025-01-01T00:00:00.000Z');

export interface FactoryOptions {
  /** Where the stores' clock starts (default: now). */
  readonly startMs?: number | undefined;
}

export const noSleep = (): Promise<void> => Promise.resolve();

export function counterIds(prefix: string): IdGenerator {
  let next = 0;
  return { newId: () => `${prefix}-${(next += 1)}` };
}

/** Tags `f1`, `f2`, ... per factory call, the same in every run of a test file. */
function factoryTags(): () => string {
  let calls = 0;
  return () => `f${(calls += 1)}`;
}

/** The specs' tables under unique names (`events-<run>-<n>`), deletable afterwards. */
export async function provisionTables(target: StoreTarget, specs: Readonly<Record<string, TableSpec>>): Promise<Record<string, string>> {
  const names = Object.fromEntries(Object.keys(specs).map((role) => [role, uniqueTableName(role)]));
  const port = target.provisioning;
  if (port !== undefined) {
    const testSpecs = Object.values(specs).map((spec) => ({ ...spec, deletionProtection: false }));
    await ensureTables(port, testSpecs, { overrides: Object.fromEntries(Object.entries(specs).map(([role, spec]) => [spec.id, names[role] ?? role])) });
  }
  return names;
}

export async function deleteTables(target: StoreTarget, names: Readonly<Record<string, string>>): Promise<void> {
  const port = target.provisioning;
  if (port === undefined) return;
  for (const TableName of Object.values(names)) {
    await port.deleteTable({ TableName }).catch((error: unknown) => {
      if (!(DynamoDbError.is(error) && error.reason === 'ResourceNotFound')) throw error;
    });
  }
}

interface Opened {
  readonly target: StoreTarget;
  readonly names: Record<string, string>;
  readonly clock: ManualClock;
  readonly tag: string;
  readonly dispose: () => Promise<void>;
}

async function open(openTarget: OpenTarget, specs: Readonly<Record<string, TableSpec>>, tag: string, options: FactoryOptions): Promise<Opened> {
  const target = await openTarget();
  const names = await provisionTables(target, specs);
  return {
    target,
    names,
    clock: createManualClock(options.startMs ?? Date.now()),
    tag,
    dispose: async () => {
      try {
        await deleteTables(target, names);
      } finally {
        await target.close();
      }
    },
  };
}

export function eventStoreFactory(openTarget: OpenTarget, options: FactoryOptions = {}): EventStoreFactory {
  const nextTag = factoryTags();
  return async (context) => {
    const { target, names, clock, tag, dispose } = await open(openTarget, { events: EVENT_STORE_EVENTS_TABLE, snapshots: EVENT_STORE_SNAPSHOTS_TABLE }, nextTag(), options);
    let stores = 0;
    const make = () => createEventStore({ port: context.wrapPort(target.port), clock, ids: counterIds(`${tag}-s${(stores += 1)}`), tables: { events: names['events'], snapshots: names['snapshots'] }, sleep: noSleep });
    return { eventStore: make(), newEventStore: make, clock, dispose };
  };
}

export function messageStoreFactory(openTarget: OpenTarget, options: FactoryOptions = {}): MessageStoreFactory {
  const nextTag = factoryTags();
  return async (context) => {
    const { target, names, clock, tag, dispose } = await open(openTarget, { messages: MESSAGE_STORE_TABLE }, nextTag(), options);
    let stores = 0;
    const make = () => createMessageStore({ port: context.wrapPort(target.port), clock, ids: counterIds(`${tag}-s${(stores += 1)}`), tableName: names['messages'], sleep: noSleep });
    return { messageStore: make(), newMessageStore: make, clock, dispose };
  };
}

export function deliveryTrackerFactory(openTarget: OpenTarget, options: FactoryOptions = {}): DeliveryTrackerFactory {
  const nextTag = factoryTags();
  return async (context) => {
    const { target, names, clock, tag, dispose } = await open(openTarget, { deliveries: DELIVERY_TRACKING_TABLE }, nextTag(), options);
    let stores = 0;
    const make = () => createDeliveryTracker({ port: context.wrapPort(target.port), clock, ids: counterIds(`${tag}-s${(stores += 1)}`), tableName: names['deliveries'], sleep: noSleep });
    return { deliveryTracker: make(), newDeliveryTracker: make, clock, dispose };
  };
}
