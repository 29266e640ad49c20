/**
 * Regression tests found by the EventStore contract suite and the fault proofs: a caller's repeat
 * of an append (same commit id, after a failure it could not interpret) must return the events as
 * the first attempt stored them, also when the caller supplied some event ids, when time has moved
 * on, when the store has since learned that the stream is further along, and when the first
 * attempt failed while reading back what it had recognised as its own.
 */
import { expect } from 'chai';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { createEventTables, manualClock, storeOn, type EventTables } from './support/event-store-fixture.js';
import { createDynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { timeoutAfterCommit, timeoutError } from './support/fault-ports.js';
import { portsUnderTest } from './support/ports-under-test.js';
import { rejection } from '../../../support/rejection.js';

for (const target of portsUnderTest()) {
  describe(`EventStore repeated by the caller after ambiguous failures on ${target.name}`, function () {
    this.timeout(120_000);
    let port: DynamoDbPort;
    let close: () => void;
    let tables: EventTables;
    const clock = manualClock();
    let stream = 0;
    const nextStream = (): string => `repeat-${++stream}`;

    before(async () => {
      ({ port, close } = await target.open());
      tables = await createEventTables(port);
    });
    after(() => { close(); });

    const cases = [
      { title: 'the first event has an id of the caller\'s, the second a generated one', ids: ['given-1', undefined] },
      { title: 'every event has an id of the caller\'s', ids: ['given-2', 'given-3'] },
    ];
    for (const { title, ids } of cases) {
      it(`returns the stored events, ids and time, when ${title}`, async () => {
        const id = nextStream();
        const events = ids.map((eventId, n) => ({ eventType: 'ItemAdded', eventData: { n }, userId: 'u', correlationId: 'c', eventId }));
        const faulty = timeoutAfterCommit(port);
        const store = storeOn(faulty.port, tables, clock, { ambiguousRetries: 0 });
        faulty.failNext('TransactWriteItems');
        await rejection(store.appendEvents('Order', id, events, 0, { commitId: `commit-${id}` }));
        clock.advance(1000);
        const again = await store.appendEvents('Order', id, events, 0, { commitId: `commit-${id}` });
        const stored = await storeOn(port, tables, clock).getEvents(id);
        expect(stored).to.have.length(2);
        expect(again.events).to.deep.equal(stored);
      });
    }

    const event = (n: number) => ({ eventType: 'ItemAdded', eventData: { n }, userId: 'u', correlationId: 'c', eventId: `e-${n}` });

    it('recognises its landed append with an exact version after the store has read the stream further along', async () => {
      const id = nextStream();
      const faulty = timeoutAfterCommit(port);
      const store = storeOn(faulty.port, tables, clock, { ambiguousRetries: 0 });
      await store.appendEvents('Order', id, [event(1)], 0);
      faulty.failNext('PutItem');
      await rejection(store.appendEvents('Order', id, [event(2)], 1, { commitId: `commit-${id}` }));
      // The caller looks, with the same store, and now the store knows the stream is at 2.
      expect(await store.getEvents(id)).to.have.length(2);
      const again = await store.appendEvents('Order', id, [event(2)], 1, { commitId: `commit-${id}` });
      const stored = await storeOn(port, tables, clock).getEvents(id);
      expect(stored).to.have.length(2);
      expect(again.events).to.deep.equal(stored.slice(1));
    });

    it('still refuses with ConcurrencyError a stale exact version whose place holds someone else\'s events', async () => {
      const id = nextStream();
      const store = storeOn(port, tables, clock);
      await store.appendEvents('Order', id, [event(1), event(2)], 0);
      const error = await rejection(store.appendEvents('Order', id, [event(3)], 1, { commitId: `commit-${id}` }));
      expect(error).to.have.property('name', 'ConcurrencyError');
      expect(await store.getEvents(id)).to.have.length(2);
    });

    it('appends once when the first attempt recognised its landed write but failed to read it back', async () => {
      const id = nextStream();
      const faulty = timeoutAfterCommit(port);
      let loseNextQuery = false;
      const lossy = createDynamoDbPort(async (operation, input) => {
        if (operation !== 'Query' || !loseNextQuery) return faulty.port.send(operation, input);
        loseNextQuery = false;
        throw timeoutError(operation);
      });
      const store = storeOn(lossy, tables, clock, { ambiguousRetries: 1 });
      await store.appendEvents('Order', id, [event(1)], 0);
      // The put lands and times out; the resend finds its own item and reads the events back,
      // and that read is lost: the caller sees a failure.
      faulty.failNext('PutItem');
      loseNextQuery = true;
      await rejection(store.appendEvents('Order', id, [event(2)], undefined, { commitId: `commit-${id}` }));
      const again = await store.appendEvents('Order', id, [event(2)], undefined, { commitId: `commit-${id}` });
      const stored = await storeOn(port, tables, clock).getEvents(id);
      expect(stored.map((e) => e.eventId)).to.deep.equal(['e-1', 'e-2']);
      expect(again.events).to.deep.equal(stored.slice(1));
    });
  });
}
