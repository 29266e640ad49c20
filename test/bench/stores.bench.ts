/**
 * The stores on one port (DynamoDB Local or the simulator): appends against raw conditional
 * PutItems (target: at least 0.9, 1 request per append), p50/p95/p99 latencies of appends,
 * message puts, gets and queries with 1 and with 50 concurrent callers, and the cost of loading an
 * aggregate of 10,000 events against one of 100 (snapshots every 100; target: ratio at most 2).
 */
import { randomUUID } from 'node:crypto';
import { createEventStore } from '../../application/event-store/create-event-store.js';
import { createMessageStore } from '../../application/message-store/create-message-store.js';
import { ensureTables } from '../../application/provisioning/ensure-tables.js';
import { tableNamesFor } from '../../application/provisioning/table-names.js';
import type { StoredEvent } from '../../domain/events/stored-event.js';
import { EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE, MESSAGE_STORE_TABLE } from '../../domain/tables/table-specs.js';
import { systemClock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { EventStore } from '../../ports/event-store.js';
import { measureAppendThroughput } from './append-throughput.js';
import type { BenchReport } from './bench-report.js';
import { measureLatencies, percentiles } from './measure.js';

export interface StoresBenchOptions {
  /** Shown in the report: `DynamoDB Local` or `simulator`. */
  readonly label: string;
  /** Operations per latency measurement. */
  readonly samples: number;
}

const ids = { newId: () => randomUUID() };
const DATA = { sku: 'ABC-123', price: 1999, currency: 'EUR', tags: ['new', 'sale'] };

async function latencies(report: BenchReport, section: string, name: string, samples: number, operation: (index: number) => Promise<unknown>): Promise<void> {
  for (const callers of [1, 50]) {
    // Each measurement gets indexes of its own, so writes never collide with an earlier one's.
    const offset = callers * 1_000_000;
    const { samplesMs, perSecond } = await measureLatencies(callers === 1 ? samples : samples * 5, callers, (index) => operation(offset + index));
    const { p50, p95, p99 } = percentiles(samplesMs);
    const label = `${name}, ${callers} caller${callers === 1 ? '' : 's'}`;
    report.add({ section, name: `${label}: p50`, value: p50, unit: 'ms', related: { p95, p99 } });
    report.add({ section, name: `${label}: throughput`, value: perSecond, unit: 'ops/s' });
  }
}

/** Appends `count` events in batches of 100 and a snapshot every 100 events. */
async function buildAggregate(store: EventStore, entityId: string, count: number): Promise<void> {
  for (let version = 0; version < count; version += 100) {
    const batch = Array.from({ length: Math.min(100, count - version) }, () => ({ eventType: 'Deposited', eventData: { amount: 1 }, userId: 'bench', correlationId: 'bench' }));
    await store.appendEvents('Account', entityId, batch, version);
    if ((version + batch.length) % 100 === 0) await store.createSnapshot('Account', entityId, version + batch.length, { balance: version + batch.length }, version + batch.length);
  }
}

async function loadMillis(store: EventStore, entityId: string, rounds: number): Promise<number> {
  const evolve = (state: { balance: number }, event: StoredEvent): { balance: number } => ({ balance: state.balance + ((event.eventData as { amount?: number }).amount ?? 0) });
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await store.loadAggregate(entityId, evolve, { balance: 0 }, { fromSnapshot: (snapshot) => snapshot.snapshotData as { balance: number } });
    times.push(performance.now() - started);
  }
  return percentiles(times).p50;
}

export async function runStoresBench(report: BenchReport, port: DynamoDbPort, options: StoresBenchOptions): Promise<void> {
  const section = options.label === 'simulator' ? 'stores/sim' : 'stores/local';
  // Rounds long enough that DynamoDB Local's own jitter averages out (short rounds vary by ±15%).
  const appends = await measureAppendThroughput(port, { appendsPerRound: options.samples * 5, rounds: 7, concurrency: 1 });
  report.add({ section, name: 'raw conditional PutItem (same item as an append)', value: appends.rawPutItemPerSecond, unit: 'ops/s' });
  report.add({ section, name: 'appendEvent with an expected version', value: appends.knownVersionAppendPerSecond, unit: 'ops/s' });
  report.add({ section, name: 'appends / raw PutItem', value: appends.ratio, unit: 'x', target: '>= 0.9', met: appends.ratio >= 0.9 });
  report.add({ section, name: 'requests per append', value: appends.requestsPerAppend, unit: 'requests', target: '1', met: appends.requestsPerAppend === 1 });

  const names = tableNamesFor([MESSAGE_STORE_TABLE, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE], { prefix: `bench-${randomUUID().slice(0, 8)}-` });
  await ensureTables(port, [MESSAGE_STORE_TABLE, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE], { overrides: Object.fromEntries(names), pollIntervalMs: 100 });
  const tables = { events: names.get('EventStoreEvents') as string, snapshots: names.get('EventStoreSnapshots') as string };
  const store = createEventStore({ port, clock: systemClock, ids, tables });
  const messages = createMessageStore({ port, clock: systemClock, ids, tableName: names.get('MessageStore') });
  const run = randomUUID().slice(0, 8);
  // Every append starts a stream of its own (one conditional PutItem, like any append whose
  // expected version the store knows): the figure is the store's, not contention's.
  await latencies(report, section, 'appendEvent', options.samples, (index) => store.appendEvent('Product', `lat-${run}-${index}`, 'PriceSet', DATA, 'bench', 'bench', 0));
  await latencies(report, section, 'message put', options.samples, (index) => messages.put({ eventId: `m-${run}-${index}-${randomUUID()}`, eventType: 'Ping', payload: DATA }));
  await latencies(report, section, 'message get (strongly consistent)', options.samples, (index) => messages.get(`m-${run}-${1_000_000 + (index % 10)}`));
  await latencies(report, section, 'getEvents of a 1-event stream', options.samples, (index) => store.getEvents(`lat-${run}-${1_000_000 + (index % 10)}`));

  await buildAggregate(store, `big-${run}`, 10_000);
  await buildAggregate(store, `small-${run}`, 100);
  const big = await loadMillis(store, `big-${run}`, 20);
  const small = await loadMillis(store, `small-${run}`, 20);
  report.add({ section, name: 'loadAggregate, 100 events (snapshot at 100): p50', value: small, unit: 'ms' });
  report.add({ section, name: 'loadAggregate, 10,000 events (snapshots every 100): p50', value: big, unit: 'ms' });
  report.add({ section, name: 'load ratio, 10,000 / 100 events', value: big / small, unit: 'x', target: '<= 2', met: big / small <= 2 });
}
