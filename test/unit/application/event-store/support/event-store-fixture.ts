/** A fresh pair of event tables on a port, and stores over them with a clock the test moves. */
import { EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE } from '../../../../../domain/tables/table-specs.js';
import type { DynamoDbPort } from '../../../../../ports/dynamo-db-port.js';
import type { EventStore } from '../../../../../ports/event-store.js';
import { createEventStore, type EventStoreOptions } from '../../../../../application/event-store/create-event-store.js';
import { createTableFromSpec } from './create-table-from-spec.js';

export interface ManualClock {
  now(): number;
  set(iso: string): void;
  advance(ms: number): void;
}

export function manualClock(start = '2025-01-01T00:00:00.000Z'): ManualClock {
  let now = Date.parse(start);
  return {
    now: () => now,
    set: (iso) => { now = Date.parse(iso); },
    advance: (ms) => { now += ms; },
  };
}

export function sequentialIds(prefix = 'id'): { newId(): string } {
  let next = 0;
  return { newId: () => `${prefix}-${++next}` };
}

export interface EventTables {
  readonly events: string;
  readonly snapshots: string;
}

export async function createEventTables(port: DynamoDbPort): Promise<EventTables> {
  const [events, snapshots] = await Promise.all([createTableFromSpec(port, EVENT_STORE_EVENTS_TABLE, 'events'), createTableFromSpec(port, EVENT_STORE_SNAPSHOTS_TABLE, 'snapshots')]);
  return { events, snapshots };
}

let storeCount = 0;

/** A store over the tables; each gets its own id prefix, as separate processes would. */
export function storeOn(port: DynamoDbPort, tables: EventTables, clock: ManualClock, options: Partial<EventStoreOptions> = {}): EventStore {
  storeCount++;
  return createEventStore({ port, clock, ids: sequentialIds(`s${storeCount}`), tables, sleep: () => Promise.resolve(), ...options });
}
