import { expect } from 'chai';
import { ExpectedVersion } from '../../../../domain/events/expected-version.js';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { RecordTooLargeError } from '../../../../domain/errors/record-too-large-error.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { ConcurrencyError, type EventStore } from '../../../../ports/event-store.js';
import { createEventTables, manualClock, storeOn, type EventTables } from './support/event-store-fixture.js';
import { countingPort } from './support/fault-ports.js';
import { portsUnderTest } from './support/ports-under-test.js';
import { rejection } from '../../../support/rejection.js';

const event = (n: number, user = 'user-1') => ({ eventType: 'ItemAdded', eventData: { n }, userId: user, correlationId: `corr-${n}` });

for (const target of portsUnderTest()) {
  describe(`EventStore appends on ${target.name}`, function () {
    this.timeout(120_000);
    let port: DynamoDbPort;
    let close: () => void;
    let tables: EventTables;
    const clock = manualClock();
    let store: EventStore;
    let stream = 0;
    const nextStream = (): string => `product-${++stream}`;

    before(async () => {
      ({ port, close } = await target.open());
      tables = await createEventTables(port);
    });
    after(() => { close(); });
    beforeEach(() => { store = storeOn(port, tables, clock); });

    it('appends with any expected version (undefined) and numbers the events 1, 2, 3', async () => {
      const id = nextStream();
      expect(await store.appendEvent('Product', id, 'Created', { name: 'a' }, 'u', 'c')).to.equal(1);
      expect(await store.appendEvent('Product', id, 'Renamed', { name: 'b' }, 'u', 'c')).to.equal(2);
      // Another process that knows nothing of the stream still appends at the end.
      const other = storeOn(port, tables, clock);
      expect(await other.appendEvent('Product', id, 'Renamed', { name: 'c' }, 'u', 'c')).to.equal(3);
      expect((await store.getEvents(id)).map((e) => e.sequenceNumber)).to.deep.equal([1, 2, 3]);
    });

    it('appends with expected version 0 (no stream yet) only to an empty stream', async () => {
      const id = nextStream();
      expect(await store.appendEvent('Product', id, 'Created', {}, 'u', 'c', 0)).to.equal(1);
      const error = await rejection(storeOn(port, tables, clock).appendEvent('Product', id, 'Created', {}, 'u', 'c', ExpectedVersion.noStream));
      expect(ConcurrencyError.is(error)).to.equal(true);
      expect((error as ConcurrencyError).mismatch).to.equal('stream-ahead');
      expect(await store.getEvents(id)).to.have.length(1);
    });

    it('appends with an exact version, and refuses a stale one with ConcurrencyError', async () => {
      const id = nextStream();
      await store.appendEvent('Product', id, 'Created', {}, 'u', 'c', 0);
      expect(await store.appendEvent('Product', id, 'Renamed', {}, 'u', 'c', 1)).to.equal(2);
      const stale = await rejection(storeOn(port, tables, clock).appendEvent('Product', id, 'Renamed', {}, 'u', 'c', 1));
      expect(ConcurrencyError.is(stale)).to.equal(true);
      expect(stale).to.include({ entityId: id, mismatch: 'stream-ahead' });
      expect((stale as Error).message).to.match(/expected version 1/);
    });

    it('refuses an expected version ahead of the stream without leaving a gap, known or not', async () => {
      const id = nextStream();
      await store.appendEvent('Product', id, 'Created', {}, 'u', 'c', 0);
      const fresh = storeOn(port, tables, clock);
      for (const writer of [store, fresh]) {
        const error = await rejection(writer.appendEvent('Product', id, 'Renamed', {}, 'u', 'c', 3));
        expect(ConcurrencyError.is(error), String(error)).to.equal(true);
        expect((error as ConcurrencyError).mismatch).to.equal('stream-behind');
      }
      expect((await store.getEvents(id)).map((e) => e.sequenceNumber)).to.deep.equal([1]);
    });

    it('appends with stream-exists only to a stream with events', async () => {
      const id = nextStream();
      const error = await rejection(store.appendEvent('Product', id, 'Renamed', {}, 'u', 'c', ExpectedVersion.streamExists));
      expect(ConcurrencyError.is(error)).to.equal(true);
      expect(error).to.include({ mismatch: 'stream-behind', actualVersion: 0 });
      await store.appendEvent('Product', id, 'Created', {}, 'u', 'c');
      expect(await storeOn(port, tables, clock).appendEvent('Product', id, 'Renamed', {}, 'u', 'c', ExpectedVersion.streamExists)).to.equal(2);
    });

    it('sends one request per append with an expected version: a PutItem when the predecessor is known, else one transaction', async () => {
      const id = nextStream();
      const counted = countingPort(port);
      const writer = storeOn(counted.port, tables, clock);
      await writer.appendEvent('Product', id, 'Created', {}, 'u', 'c', 0);
      await writer.appendEvent('Product', id, 'Renamed', {}, 'u', 'c', 1);
      expect(counted.calls).to.deep.equal(['PutItem', 'PutItem']);
      counted.reset();
      const stranger = storeOn(counted.port, tables, clock);
      expect(await stranger.appendEvent('Product', id, 'Renamed', {}, 'u', 'c', 2)).to.equal(3);
      expect(counted.calls).to.deep.equal(['TransactWriteItems']);
      counted.reset();
      expect(await stranger.appendEvent('Product', id, 'Renamed', {}, 'u', 'c', 3)).to.equal(4);
      expect(counted.calls).to.deep.equal(['PutItem']);
    });

    it('refuses without any request what the store already knows to be stale', async () => {
      const id = nextStream();
      const counted = countingPort(port);
      const writer = storeOn(counted.port, tables, clock);
      await writer.appendEvent('Product', id, 'Created', {}, 'u', 'c', 0);
      await writer.appendEvent('Product', id, 'Renamed', {}, 'u', 'c', 1);
      counted.reset();
      expect(ConcurrencyError.is(await rejection(writer.appendEvent('Product', id, 'Renamed', {}, 'u', 'c', 1)))).to.equal(true);
      expect(counted.calls).to.deep.equal([]);
    });

    it('stores every attribute of the design and returns deeply frozen events', async () => {
      const id = nextStream();
      clock.set('2025-03-04T05:06:07.089Z');
      await store.appendEvent('Product', id, 'PriceUpdated', { price: 12.5, tags: ['a'], nested: { ok: true, none: null } }, 'user-9', 'corr-9', 0);
      const [stored] = await store.getEvents(id);
      expect(stored).to.deep.include({ entityId: id, sequenceNumber: 1, aggregateType: 'Product', eventType: 'PriceUpdated', eventTime: '2025-03-04T05:06:07.089Z', version: 1, userId: 'user-9', correlationId: 'corr-9' });
      expect(stored?.eventData).to.deep.equal({ price: 12.5, tags: ['a'], nested: { ok: true, none: null } });
      expect(stored?.eventId).to.be.a('string').and.not.equal('');
      expect(Object.isFrozen(stored)).to.equal(true);
      expect(Object.isFrozen(stored?.eventData)).to.equal(true);
      expect(Object.isFrozen((stored?.eventData as { tags: unknown }).tags)).to.equal(true);
    });

    it('does not keep or freeze the caller\'s data object', async () => {
      const id = nextStream();
      const data = { list: [1] };
      await store.appendEvent('Product', id, 'Created', data, 'u', 'c', 0);
      expect(Object.isFrozen(data)).to.equal(false);
      data.list.push(2);
      expect((await store.getEvents(id))[0]?.eventData).to.deep.equal({ list: [1] });
    });

    it('appends several events atomically with consecutive numbers', async () => {
      const id = nextStream();
      const result = await store.appendEvents('Order', id, [event(1), event(2), event(3)], 0);
      expect(result).to.include({ firstSequenceNumber: 1, lastSequenceNumber: 3 });
      expect(result.events.map((e) => e.eventData)).to.deep.equal([{ n: 1 }, { n: 2 }, { n: 3 }]);
      expect(await store.getEvents(id)).to.deep.equal(result.events);
    });

    it('writes none of several events when one of them conflicts', async () => {
      const id = nextStream();
      await store.appendEvents('Order', id, [event(1), event(2)], 0);
      const error = await rejection(storeOn(port, tables, clock).appendEvents('Order', id, [event(3), event(4), event(5)], 1));
      expect(ConcurrencyError.is(error)).to.equal(true);
      expect((await store.getEvents(id)).map((e) => e.eventData)).to.deep.equal([{ n: 1 }, { n: 2 }]);
      const behind = await rejection(storeOn(port, tables, clock).appendEvents('Order', id, [event(3), event(4)], 7));
      expect(behind).to.include({ mismatch: 'stream-behind' });
      expect(await store.getEvents(id)).to.have.length(2);
    });

    it('appends 100 events at once, also after an unknown predecessor, and refuses 0 or 101', async () => {
      const id = nextStream();
      const hundred = Array.from({ length: 100 }, (_, index) => event(index));
      await store.appendEvents('Order', id, hundred, 0);
      const result = await storeOn(port, tables, clock).appendEvents('Order', id, hundred, 100);
      expect(result.lastSequenceNumber).to.equal(200);
      expect(InvalidInputError.is(await rejection(store.appendEvents('Order', id, [])))).to.equal(true);
      expect(InvalidInputError.is(await rejection(store.appendEvents('Order', id, [...hundred, event(100)])))).to.equal(true);
      expect(await store.getEvents(id)).to.have.length(200);
    });

    it('lets two appenders with any version both land, one after the other', async () => {
      const id = nextStream();
      const [a, b] = [storeOn(port, tables, clock), storeOn(port, tables, clock)];
      await a.appendEvent('Product', id, 'Created', {}, 'u', 'c');
      await b.appendEvent('Product', id, 'Renamed', { by: 'b' }, 'u', 'c');
      // a believes the stream is at 1: its guess 2 is taken, it reads the head and appends at 3.
      expect(await a.appendEvent('Product', id, 'Renamed', { by: 'a' }, 'u', 'c')).to.equal(3);
      const results = await Promise.all([a, b, a, b].map((writer, n) => writer.appendEvent('Product', id, 'Renamed', { n }, 'u', 'c')));
      expect([...results].sort((x, y) => x - y)).to.deep.equal([4, 5, 6, 7]);
      expect((await a.getEvents(id)).map((e) => e.sequenceNumber)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    });

    it('refuses bad input with a typed error and writes nothing', async () => {
      const id = nextStream();
      const cases: [string, Promise<unknown>][] = [
        ['entityId', store.appendEvent('Product', '', 'Created', {}, 'u', 'c')],
        ['aggregateType', store.appendEvent('', id, 'Created', {}, 'u', 'c')],
        ['eventData', store.appendEvent('Product', id, 'Created', 'text', 'u', 'c')],
        ['eventData.x', store.appendEvent('Product', id, 'Created', { x: Number.NaN }, 'u', 'c')],
        ['eventData.when', store.appendEvent('Product', id, 'Created', { when: new Date() }, 'u', 'c')],
        ['userId', store.appendEvent('Product', id, 'Created', {}, '', 'c')],
        ['expectedVersion', store.appendEvent('Product', id, 'Created', {}, 'u', 'c', -1)],
        ['expectedVersion', store.appendEvent('Product', id, 'Created', {}, 'u', 'c', 1.5)],
        ['events[1].eventType', store.appendEvents('Product', id, [event(1), { ...event(2), eventType: '' }])],
        ['options.commitId', store.appendEvents('Product', id, [event(1)], undefined, { commitId: '' })],
      ];
      for (const [field, attempt] of cases) {
        const error = await rejection(attempt);
        expect(InvalidInputError.is(error), `${field}: ${String(error)}`).to.equal(true);
        expect((error as InvalidInputError).field).to.equal(field);
      }
      expect(await store.getEvents(id)).to.deep.equal([]);
    });

    it('refuses an event too large for an item before writing anything', async () => {
      const id = nextStream();
      const error = await rejection(store.appendEvent('Product', id, 'Created', { text: 'x'.repeat(409_600) }, 'u', 'c', 0));
      expect(RecordTooLargeError.is(error)).to.equal(true);
      expect(error).to.include({ limitKind: 'item', limit: 409_600 });
      const many = Array.from({ length: 11 }, (_, n) => ({ ...event(n), eventData: { text: 'y'.repeat(400_000) } }));
      expect(await rejection(store.appendEvents('Product', id, many, 0))).to.include({ limitKind: 'transaction' });
      expect(await store.getEvents(id)).to.deep.equal([]);
    });

    it('accepts an event whose conservatively computed size is just below the limit', async () => {
      const id = nextStream();
      const probe = await rejection(store.appendEvent('Product', id, 'Created', { text: 'x'.repeat(409_600) }, 'u', 'c', 0));
      const overBy = (probe as RecordTooLargeError).size - 409_600;
      const fits = await store.appendEvent('Product', id, 'Created', { text: 'x'.repeat(409_600 - overBy) }, 'u', 'c', 0);
      expect(fits).to.equal(1);
    });
  });
}
