/**
 * A parallel stress run on DynamoDB Local: 8 writers append 200 events each to one stream, at
 * the same time, each with its own store and its own connection (as 8 processes would). Half of
 * them go through the command handler (load, decide, append with the loaded version; on a
 * conflict load again, with backoff; snapshots every 100 events), half call appendEvent with the
 * version they believe the stream has and, on a ConcurrencyError, read the head and try again.
 * Every acknowledged event must be stored exactly once, where the store said, with versions
 * 1..1600 and nothing else. The figures (time, conflicts, retries) are printed, not asserted.
 */
import { expect } from 'chai';
import { createCommandHandler } from '../../application/event-store/command-handler.js';
import { createEventStore } from '../../application/event-store/create-event-store.js';
import { EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE } from '../../domain/tables/table-specs.js';
import { systemClock } from '../../ports/clock.js';
import { ConcurrencyError, type EventStore } from '../../ports/event-store.js';
import { counterIds, deleteTables, provisionTables, type StoreTarget } from '../support/stores/library-stores.js';
import { dynamoDbLocalPort, dynamoDbLocalTarget } from '../support/stores/store-targets.js';

const WRITERS = 8;
const APPENDS = 200;
const STREAM = 'stress-order';

interface Acknowledged {
  readonly writer: number;
  readonly index: number;
  readonly sequenceNumber: number;
}

interface WriterFigures {
  readonly acks: Acknowledged[];
  conflicts: number;
  retries: number;
  snapshots: number;
  mostAttempts: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function handlerWriter(store: EventStore, writer: number): Promise<WriterFigures> {
  const figures: WriterFigures = { acks: [], conflicts: 0, retries: 0, snapshots: 0, mostAttempts: 1 };
  const handle = createCommandHandler<{ readonly count: number }, number>({
    eventStore: store,
    aggregateType: 'Order',
    initial: { count: 0 },
    evolve: (state) => ({ count: state.count + 1 }),
    decide: (index) => [{ eventType: 'LineAdded', eventData: { writer, index } }],
    clock: systemClock,
    retry: { maxAttempts: 100, baseDelayMs: 50, maxDelayMs: 2000 },
  });
  for (let index = 0; index < APPENDS; index++) {
    const result = await handle(STREAM, index, { userId: `writer-${writer}`, correlationId: `w${writer}-${index}` });
    figures.conflicts += result.attempts - 1;
    figures.retries += result.attempts - 1;
    figures.mostAttempts = Math.max(figures.mostAttempts, result.attempts);
    if (result.snapshot === 'taken') figures.snapshots += 1;
    const event = result.events[0];
    if (event !== undefined) figures.acks.push({ writer, index, sequenceNumber: event.sequenceNumber });
  }
  return figures;
}

async function headOf(store: EventStore): Promise<number> {
  for await (const event of store.readStream(STREAM, { direction: 'backward', pageSize: 1 })) return event.sequenceNumber;
  return 0;
}

async function loopWriter(store: EventStore, writer: number): Promise<WriterFigures> {
  const figures: WriterFigures = { acks: [], conflicts: 0, retries: 0, snapshots: 0, mostAttempts: 1 };
  let believed = 0;
  for (let index = 0; index < APPENDS; index++) {
    for (let attempt = 1; ; attempt++) {
      try {
        const sequenceNumber = await store.appendEvent('Order', STREAM, 'LineAdded', { writer, index }, `writer-${writer}`, `w${writer}-${index}`, believed);
        figures.acks.push({ writer, index, sequenceNumber });
        figures.mostAttempts = Math.max(figures.mostAttempts, attempt);
        believed = sequenceNumber;
        break;
      } catch (error) {
        if (!ConcurrencyError.is(error)) throw error;
        figures.conflicts += 1;
        figures.retries += 1;
        // Spread out, as the command handler does, so that no writer starves the others.
        await sleep(Math.floor(Math.random() * Math.min(1000, 10 * 2 ** attempt)));
        believed = await headOf(store);
      }
    }
  }
  return figures;
}

describe('EventStore stress on DynamoDB Local', function () {
  this.timeout(600_000);
  let target: StoreTarget;
  let names: Record<string, string>;

  before(async () => {
    target = await dynamoDbLocalTarget();
    names = await provisionTables(target, { events: EVENT_STORE_EVENTS_TABLE, snapshots: EVENT_STORE_SNAPSHOTS_TABLE });
  });
  after(async () => {
    await deleteTables(target, names);
    await target.close();
  });

  it(`${WRITERS} writers x ${APPENDS} appends on one stream, conflicts retried: every acknowledged event stored exactly once, versions contiguous`, async () => {
    const ports = Array.from({ length: WRITERS }, () => dynamoDbLocalPort());
    const stores = ports.map((port, writer) => createEventStore({ port, clock: systemClock, ids: counterIds(`writer-${writer}`), tables: { events: names['events'], snapshots: names['snapshots'] } }));
    const started = performance.now();
    let results: WriterFigures[];
    try {
      results = await Promise.all(stores.map((store, writer) => (writer % 2 === 0 ? handlerWriter(store, writer) : loopWriter(store, writer))));
    } finally {
      for (const port of ports) port.close();
    }
    const seconds = (performance.now() - started) / 1000;

    const stored = await createEventStore({ port: target.port, clock: systemClock, ids: counterIds('reader'), tables: { events: names['events'], snapshots: names['snapshots'] } }).getEvents(STREAM);
    const acks = results.flatMap((result) => result.acks);
    expect(acks, 'acknowledged appends').to.have.length(WRITERS * APPENDS);
    expect(stored.map((event) => event.sequenceNumber), 'versions 1..n, each once').to.deep.equal(Array.from({ length: WRITERS * APPENDS }, (_, index) => index + 1));
    for (const ack of acks) {
      expect(stored[ack.sequenceNumber - 1]?.eventData, `writer ${ack.writer}'s append ${ack.index} at ${ack.sequenceNumber}`).to.deep.equal({ writer: ack.writer, index: ack.index });
    }
    const storedKeys = new Set(stored.map((event) => JSON.stringify(event.eventData)));
    expect(storedKeys.size, 'no event stored twice').to.equal(stored.length);

    const handlers = results.filter((_, writer) => writer % 2 === 0);
    const loops = results.filter((_, writer) => writer % 2 === 1);
    const total = (figures: readonly WriterFigures[], pick: (one: WriterFigures) => number): number => figures.reduce((sum, one) => sum + pick(one), 0);
    const most = (figures: readonly WriterFigures[]): number => Math.max(...figures.map((one) => one.mostAttempts));
    console.log(
      `      ${WRITERS * APPENDS} appends by ${WRITERS} writers in ${seconds.toFixed(1)} s (${((WRITERS * APPENDS) / seconds).toFixed(0)} appends/s); ` +
        `conflicts retried: command handlers ${total(handlers, (one) => one.retries)} (most attempts for one command ${most(handlers)}), ` +
        `appendEvent loops ${total(loops, (one) => one.retries)} (most attempts for one append ${most(loops)}); snapshots taken: ${total(handlers, (one) => one.snapshots)}`,
    );
  });
});
