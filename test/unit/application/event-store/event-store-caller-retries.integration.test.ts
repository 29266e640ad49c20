/**
 * Regression tests found by the EventStore contract suite: a caller's repeat of an append (same
 * commit id, after a timeout it could not interpret) must return the events as they were stored
 * by the first attempt, also when the caller supplied some event ids and when time has moved on.
 */
import { expect } from 'chai';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { createEventTables, manualClock, storeOn, type EventTables } from './support/event-store-fixture.js';
import { timeoutAfterCommit } from './support/fault-ports.js';
import { portsUnderTest } from './support/ports-under-test.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

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
  });
}
