import { expect } from 'chai';
import { CorruptRecordError } from '../../../../domain/errors/corrupt-record-error.js';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { RecordTooLargeError } from '../../../../domain/errors/record-too-large-error.js';
import { SchemaVersionError } from '../../../../domain/errors/schema-version-error.js';
import type { StoredEvent } from '../../../../domain/events/stored-event.js';
import type { JsonObject } from '../../../../domain/values/json-value.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import type { EventStore } from '../../../../ports/event-store.js';
import { createEventTables, manualClock, storeOn, type EventTables } from './support/event-store-fixture.js';
import { countingPort } from './support/fault-ports.js';
import { portsUnderTest } from './support/ports-under-test.js';
import { rejection } from '../../../support/rejection.js';

async function all(events: AsyncIterable<StoredEvent>): Promise<number[]> {
  const numbers: number[] = [];
  for await (const event of events) numbers.push(event.sequenceNumber);
  return numbers;
}

const sum = (state: number, event: StoredEvent): number => state + ((event.eventData as { n?: number }).n ?? 0);

for (const target of portsUnderTest()) {
  describe(`EventStore reads on ${target.name}`, function () {
    this.timeout(120_000);
    let port: DynamoDbPort;
    let close: () => void;
    let tables: EventTables;
    const clock = manualClock();
    let store: EventStore;
    let stream = 0;
    const nextStream = (): string => `cart-${++stream}`;

    async function streamOf(count: number, id = nextStream()): Promise<string> {
      for (let n = 1; n <= count; n += 10) {
        const batch = Array.from({ length: Math.min(10, count - n + 1) }, (_, index) => ({ eventType: 'Added', eventData: { n: n + index }, userId: 'u', correlationId: 'c' }));
        await store.appendEvents('Cart', id, batch, n - 1);
      }
      return id;
    }

    before(async () => {
      ({ port, close } = await target.open());
      tables = await createEventTables(port);
    });
    after(() => { close(); });
    beforeEach(() => { store = storeOn(port, tables, clock); });

    it('reads a stream between inclusive bounds', async () => {
      const id = await streamOf(7);
      expect((await store.getEvents(id)).map((e) => e.sequenceNumber)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
      expect((await store.getEvents(id, 3)).map((e) => e.sequenceNumber)).to.deep.equal([3, 4, 5, 6, 7]);
      expect((await store.getEvents(id, 2, 4)).map((e) => e.sequenceNumber)).to.deep.equal([2, 3, 4]);
      expect(await store.getEvents(id, 5, 4)).to.deep.equal([]);
      expect(await store.getEvents('no-such-stream')).to.deep.equal([]);
      expect(InvalidInputError.is(await rejection(store.getEvents(id, -1)))).to.equal(true);
    });

    it('reads a stream lazily, forward and backward, one page at a time', async () => {
      const id = await streamOf(5);
      const counted = countingPort(port);
      const reader = storeOn(counted.port, tables, clock);
      expect(await all(reader.readStream(id, { pageSize: 2 }))).to.deep.equal([1, 2, 3, 4, 5]);
      expect(counted.calls).to.deep.equal(['Query', 'Query', 'Query']);
      expect(await all(reader.readStream(id, { direction: 'backward', from: 2, to: 4, pageSize: 1 }))).to.deep.equal([4, 3, 2]);
      counted.reset();
      for await (const event of reader.readStream(id, { pageSize: 2 })) {
        if (event.sequenceNumber === 2) break;
      }
      expect(counted.calls).to.deep.equal(['Query']);
      expect(() => reader.readStream(id, { pageSize: 0 })).to.throw(InvalidInputError);
      expect(() => reader.readStream(id, { direction: 'sideways' as 'forward' })).to.throw(InvalidInputError);
    });

    it('finds events by aggregate type and event type, and by user, within time ranges', async () => {
      const type = `Basket${stream}`;
      const id = nextStream();
      const times = ['2025-05-01T10:00:00.000Z', '2025-05-01T11:00:00.000Z', '2025-05-01T12:00:00.000Z', '2025-05-01T13:00:00.000Z'];
      const kinds = ['Opened', 'ItemAdded', 'ItemAdded', 'Closed'];
      const users = ['ann', 'bob', 'ann', 'ann'];
      for (const [index, time] of times.entries()) {
        clock.set(time);
        await store.appendEvent(type, id, kinds[index] ?? '', { n: index }, `${users[index] ?? ''}-${stream}`, 'c', index);
      }
      const added = await store.getEventsByType(type, 'ItemAdded');
      expect(added.map((e) => e.sequenceNumber)).to.deep.equal([2, 3]);
      expect((await store.getEventsByType(type, 'ItemAdded', '2025-05-01T11:30:00.000Z')).map((e) => e.sequenceNumber)).to.deep.equal([3]);
      expect((await store.getEventsByType(type, 'ItemAdded', undefined, '2025-05-01T11:00:00.000Z')).map((e) => e.sequenceNumber)).to.deep.equal([2]);
      expect((await store.getEventsByType(type, 'Opened', '2025-05-01T10:00:00.000Z', '2025-05-01T10:00:00.000Z')).map((e) => e.sequenceNumber)).to.deep.equal([1]);
      const ann = await store.getEventsByUser(`ann-${stream}`);
      expect(ann.map((e) => e.sequenceNumber)).to.deep.equal([1, 3, 4]);
      // Other time zones name the same instants.
      expect((await store.getEventsByUser(`ann-${stream}`, '2025-05-01T13:00:00+01:00', '2025-05-01T14:00:00+01:00')).map((e) => e.sequenceNumber)).to.deep.equal([3, 4]);
      expect(InvalidInputError.is(await rejection(store.getEventsByUser('ann', 'yesterday')))).to.equal(true);
    });

    it('keeps the latest snapshot and loads an aggregate from it plus the later events', async () => {
      const id = await streamOf(25);
      expect(await store.getLatestSnapshot(id)).to.equal(null);
      await store.createSnapshot('Cart', id, 10, { total: 55 }, 10);
      clock.advance(1000);
      await store.createSnapshot('Cart', id, 20, { total: 210 }, 20);
      const latest = await store.getLatestSnapshot<{ total: number }>(id);
      expect(latest).to.deep.include({ entityId: id, version: 20, aggregateType: 'Cart', eventSequenceNumber: 20 });
      expect(latest?.snapshotData.total).to.equal(210);
      expect(latest?.snapshotTime).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const loaded = await store.loadAggregate<number>(id, sum, 0, { fromSnapshot: (snapshot) => (snapshot.snapshotData as { total: number }).total });
      expect(loaded).to.include({ state: 325, version: 25, eventsApplied: 5 });
      const replayed = await store.loadAggregate<number>(id, sum, 0, { ignoreSnapshots: true });
      expect(replayed).to.include({ state: 325, version: 25, eventsApplied: 25, snapshot: null });
    });

    it('loads an aggregate whose snapshot is at the head, and appends after it with a single put', async () => {
      const id = await streamOf(3);
      await store.createSnapshot('Cart', id, 3, { total: 6 }, 3);
      const counted = countingPort(port);
      const fresh = storeOn(counted.port, tables, clock);
      const loaded = await fresh.loadAggregate<JsonObject>(id, (state) => state, {});
      expect(loaded).to.include({ version: 3, eventsApplied: 0 });
      expect(loaded.state).to.deep.equal({ total: 6 });
      counted.reset();
      await fresh.appendEvent('Cart', id, 'Added', { n: 4 }, 'u', 'c', loaded.version);
      expect(counted.calls).to.deep.equal(['PutItem']);
    });

    it('loads an empty stream as the initial state at version 0', async () => {
      expect(await store.loadAggregate('nothing-here', sum, 7)).to.include({ state: 7, version: 0, eventsApplied: 0, snapshot: null });
    });

    it('refuses bad or oversized snapshots', async () => {
      const id = nextStream();
      expect(InvalidInputError.is(await rejection(store.createSnapshot('Cart', id, 0, {}, 1)))).to.equal(true);
      expect(InvalidInputError.is(await rejection(store.createSnapshot('Cart', id, 1, [1, 2], 1)))).to.equal(true);
      expect(RecordTooLargeError.is(await rejection(store.createSnapshot('Cart', id, 1, { text: 'x'.repeat(410_000) }, 1)))).to.equal(true);
      expect(await store.getLatestSnapshot(id)).to.equal(null);
    });

    it('reads items of the design\'s own format (schema version as a string) and reports foreign items as corrupt', async () => {
      const id = nextStream();
      const legacy = { entityId: id, sequenceNumber: 1, eventId: 'legacy-1', aggregateType: 'Cart', eventType: 'Added', eventTime: '2025-01-01T00:00:00.000Z', eventData: { n: 1 }, version: '1.0', userId: 'u', correlationId: 'c' };
      await port.putItem({ TableName: tables.events, Item: legacy });
      expect(await store.getEvents(id)).to.deep.equal([{ ...legacy, version: 1 }]);
      await port.putItem({ TableName: tables.events, Item: { ...legacy, sequenceNumber: 2, eventData: 'not a map' } });
      const error = await rejection(store.getEvents(id));
      expect(CorruptRecordError.is(error), String(error)).to.equal(true);
      expect(error).to.include({ attribute: 'eventData' });
    });

    it('with knownVersions off, proves the predecessor in every append', async () => {
      const id = nextStream();
      const counted = countingPort(port);
      const forgetful = storeOn(counted.port, tables, clock, { knownVersions: false });
      await forgetful.appendEvent('Cart', id, 'Added', {}, 'u', 'c', 0);
      await forgetful.appendEvent('Cart', id, 'Added', {}, 'u', 'c', 1);
      expect(counted.calls).to.deep.equal(['PutItem', 'TransactWriteItems']);
    });

    it('reads events stored at an older schema version through the registered upcasters', async () => {
      const id = nextStream();
      await store.appendEvent('Cart', id, 'PriceSet', { price: 5 }, 'u', 'c', 0);
      const upcasters = [
        { eventType: 'PriceSet', fromVersion: 1, upcast: (data: JsonObject) => ({ amount: data['price'] ?? 0 }) },
        { eventType: 'PriceSet', fromVersion: 2, upcast: (data: JsonObject) => ({ ...data, currency: 'EUR' }) },
      ];
      const current = storeOn(port, tables, clock, { upcasters });
      await current.appendEvent('Cart', id, 'PriceSet', { amount: 7, currency: 'USD' }, 'u', 'c', 1);
      const events = await current.getEvents(id);
      expect(events.map((e) => [e.version, e.eventData])).to.deep.equal([
        [3, { amount: 5, currency: 'EUR' }],
        [3, { amount: 7, currency: 'USD' }],
      ]);
      // A reader that knows only version 1 refuses the newer event instead of misreading it.
      expect(SchemaVersionError.is(await rejection(store.getEvents(id)))).to.equal(true);
    });
  });
}
