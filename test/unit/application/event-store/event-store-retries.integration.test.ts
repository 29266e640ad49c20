import { expect } from 'chai';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { ConcurrencyError } from '../../../../ports/event-store.js';
import { createEventTables, manualClock, storeOn, type EventTables } from './support/event-store-fixture.js';
import { timeoutAfterCommit, timeoutBeforeCommit } from './support/fault-ports.js';
import { portsUnderTest } from './support/ports-under-test.js';
import { rejection } from '../../../support/rejection.js';

const event = (n: number) => ({ eventType: 'ItemAdded', eventData: { n }, userId: 'u', correlationId: 'c' });

for (const target of portsUnderTest()) {
  describe(`EventStore after ambiguous failures on ${target.name}`, function () {
    this.timeout(120_000);
    let port: DynamoDbPort;
    let close: () => void;
    let tables: EventTables;
    const clock = manualClock();
    let stream = 0;
    const nextStream = (): string => `order-${++stream}`;

    before(async () => {
      ({ port, close } = await target.open());
      tables = await createEventTables(port);
    });
    after(() => { close(); });

    it('recognises its own PutItem that landed before a timeout: success, stored once', async () => {
      const id = nextStream();
      const faulty = timeoutAfterCommit(port);
      const store = storeOn(faulty.port, tables, clock);
      await store.appendEvent('Order', id, 'Placed', { n: 0 }, 'u', 'c', 0);
      faulty.failNext('PutItem');
      expect(await store.appendEvent('Order', id, 'Paid', { n: 1 }, 'u', 'c', 1)).to.equal(2);
      expect(faulty.thrown()).to.equal(1);
      expect((await store.getEvents(id)).map((e) => e.eventData)).to.deep.equal([{ n: 0 }, { n: 1 }]);
    });

    it('recognises its own transaction that landed before a timeout', async () => {
      const id = nextStream();
      const faulty = timeoutAfterCommit(port);
      const store = storeOn(faulty.port, tables, clock);
      faulty.failNext('TransactWriteItems');
      const result = await store.appendEvents('Order', id, [event(1), event(2), event(3)], 0);
      expect(result).to.include({ firstSequenceNumber: 1, lastSequenceNumber: 3 });
      expect(faulty.thrown()).to.equal(1);
      expect(await store.getEvents(id)).to.deep.equal(result.events);
    });

    it('recognises its own write behind several timeouts, also with any expected version', async () => {
      const id = nextStream();
      const faulty = timeoutAfterCommit(port);
      const store = storeOn(faulty.port, tables, clock);
      faulty.failNext('PutItem', 2);
      expect(await store.appendEvent('Order', id, 'Placed', {}, 'u', 'c')).to.equal(1);
      expect(await store.getEvents(id)).to.have.length(1);
    });

    it('ends as a conflict when the write in the way is someone else\'s', async () => {
      const id = nextStream();
      const other = storeOn(port, tables, clock);
      const lossy = timeoutBeforeCommit(port, 'PutItem', async () => {
        await other.appendEvent('Order', id, 'Placed', { by: 'other' }, 'u', 'c', 0);
      });
      const store = storeOn(lossy, tables, clock);
      const error = await rejection(store.appendEvent('Order', id, 'Placed', { by: 'me' }, 'u', 'c', 0));
      expect(ConcurrencyError.is(error), String(error)).to.equal(true);
      expect((await store.getEvents(id)).map((e) => e.eventData)).to.deep.equal([{ by: 'other' }]);
    });

    it('with any expected version, appends after someone else\'s write instead', async () => {
      const id = nextStream();
      const other = storeOn(port, tables, clock);
      const lossy = timeoutBeforeCommit(port, 'PutItem', async () => {
        await other.appendEvent('Order', id, 'Placed', { by: 'other' }, 'u', 'c');
      });
      expect(await storeOn(lossy, tables, clock).appendEvent('Order', id, 'Placed', { by: 'me' }, 'u', 'c')).to.equal(2);
      expect((await other.getEvents(id)).map((e) => e.eventData)).to.deep.equal([{ by: 'other' }, { by: 'me' }]);
    });

    it('gives the timeout to the caller when every resend times out, and a retry with the same commit id then succeeds once', async () => {
      const id = nextStream();
      const faulty = timeoutAfterCommit(port);
      const store = storeOn(faulty.port, tables, clock, { ambiguousRetries: 1 });
      faulty.failNext('TransactWriteItems', 2);
      const error = await rejection(store.appendEvents('Order', id, [event(1), event(2)], 0, { commitId: 'commit-42' }));
      expect(DynamoDbError.isKind(error, 'service')).to.equal(true);
      // The caller tries again later, from another process, with the same commit id.
      const again = await storeOn(port, tables, clock).appendEvents('Order', id, [event(1), event(2)], 0, { commitId: 'commit-42' });
      expect(again).to.include({ firstSequenceNumber: 1, lastSequenceNumber: 2, commitId: 'commit-42' });
      const stored = await storeOn(port, tables, clock).getEvents(id);
      expect(stored).to.have.length(2);
      expect(again.events).to.deep.equal(stored);
    });

    it('recognises a landed append with the same commit id and any expected version at the head of the stream', async () => {
      const id = nextStream();
      await storeOn(port, tables, clock).appendEvents('Order', id, [event(1), event(2)]);
      const faulty = timeoutAfterCommit(port);
      const first = storeOn(faulty.port, tables, clock, { ambiguousRetries: 0 });
      // Its guess (1) is taken, it reads the head (2), its write at 3 lands, and the answer is lost.
      faulty.failNext('PutItem', 1, 1);
      const error = await rejection(first.appendEvents('Order', id, [event(3)], undefined, { commitId: 'commit-7' }));
      expect(DynamoDbError.isKind(error, 'service')).to.equal(true);
      // A new process retries: its guess (1) is taken, and the head it reads is its own.
      const again = await storeOn(port, tables, clock).appendEvents('Order', id, [event(3)], undefined, { commitId: 'commit-7' });
      expect(again.lastSequenceNumber).to.equal(3);
      expect(await storeOn(port, tables, clock).getEvents(id)).to.have.length(3);
    });
  });
}
