import { expect } from 'chai';
import { createMessageStore } from '../../../../application/message-store/create-message-store.js';
import { IdempotencyConflictError } from '../../../../domain/errors/idempotency-conflict-error.js';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { RecordTooLargeError } from '../../../../domain/errors/record-too-large-error.js';
import { MESSAGE_STORE_TABLE } from '../../../../domain/tables/table-specs.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import type { MessageStore } from '../../../../ports/message-store.js';
import { createTableFromSpec } from '../event-store/support/create-table-from-spec.js';
import { manualClock, sequentialIds } from '../event-store/support/event-store-fixture.js';
import { countingPort, timeoutAfterCommit } from '../event-store/support/fault-ports.js';
import { portsUnderTest } from '../event-store/support/ports-under-test.js';
import { rejection } from '../../../support/rejection.js';

for (const target of portsUnderTest()) {
  describe(`MessageStore on ${target.name}`, function () {
    this.timeout(120_000);
    let port: DynamoDbPort;
    let close: () => void;
    let tableName: string;
    const clock = manualClock('2025-06-01T08:00:00.000Z');
    let store: MessageStore;
    let count = 0;
    const nextId = (): string => `evt-${++count}`;
    const storeOn = (on: DynamoDbPort): MessageStore => createMessageStore({ port: on, clock, ids: sequentialIds(`w${count}`), tableName, sleep: () => Promise.resolve() });

    before(async () => {
      ({ port, close } = await target.open());
      tableName = await createTableFromSpec(port, MESSAGE_STORE_TABLE, 'messages');
    });
    after(() => { close(); });
    beforeEach(() => { store = storeOn(port); });

    it('accepts a new message and reads it back strongly consistently', async () => {
      const eventId = nextId();
      const outcome = await store.put({ eventId, eventType: 'OrderPlaced', payload: { total: 10, items: ['a'] } });
      expect(outcome.outcome).to.equal('accepted');
      expect(outcome.stored).to.deep.equal({ eventId, eventType: 'OrderPlaced', payload: { total: 10, items: ['a'] }, receivedAt: '2025-06-01T08:00:00.000Z' });
      const read = await store.get(eventId);
      expect(read).to.deep.equal(outcome.stored);
      expect(Object.isFrozen(read)).to.equal(true);
      expect(Object.isFrozen(read?.payload)).to.equal(true);
      expect(await store.get('never-stored')).to.equal(null);
    });

    it('answers a repeated put of the same content as a duplicate with the stored original', async () => {
      const eventId = nextId();
      const first = await store.put({ eventId, eventType: 'OrderPlaced', payload: { a: 1, b: { c: [1, 2] } } });
      clock.advance(5000);
      // Key order is not content: the canonical forms are equal.
      const again = await storeOn(port).put({ payload: { b: { c: [1, 2] }, a: 1 }, eventType: 'OrderPlaced', eventId });
      expect(again.outcome).to.equal('duplicate');
      expect(again.stored).to.deep.equal(first.stored);
    });

    it('refuses the same id with other content as a conflict, keeping the original', async () => {
      const eventId = nextId();
      const first = await store.put({ eventId, eventType: 'OrderPlaced', payload: { total: 10 } });
      for (const other of [{ eventId, eventType: 'OrderPlaced', payload: { total: 11 } }, { eventId, eventType: 'OrderCancelled', payload: { total: 10 } }]) {
        const error = await rejection(store.put(other));
        expect(IdempotencyConflictError.is(error)).to.equal(true);
        expect((error as IdempotencyConflictError).stored).to.deep.equal(first.stored);
      }
      expect(await store.get(eventId)).to.deep.equal(first.stored);
    });

    it('reports its own put that landed before a timeout as accepted, stored once', async () => {
      const eventId = nextId();
      const faulty = timeoutAfterCommit(port);
      faulty.failNext('PutItem');
      const outcome = await storeOn(faulty.port).put({ eventId, eventType: 'OrderPlaced', payload: {} });
      expect(outcome.outcome).to.equal('accepted');
      expect(faulty.thrown()).to.equal(1);
      expect(await store.get(eventId)).to.deep.equal(outcome.stored);
    });

    it('uses one PutItem per put and one GetItem per get, nothing else', async () => {
      const counted = countingPort(port);
      const counting = storeOn(counted.port);
      const eventId = nextId();
      await counting.put({ eventId, eventType: 'T', payload: {} });
      await counting.put({ eventId, eventType: 'T', payload: {} });
      await counting.get(eventId);
      expect(counted.calls).to.deep.equal(['PutItem', 'PutItem', 'GetItem']);
    });

    it('has no path to change, delete, scan or query, in the object or its prototype', () => {
      expect(Object.keys(store).sort()).to.deep.equal(['get', 'put']);
      expect(Object.isFrozen(store)).to.equal(true);
      for (const name of ['update', 'delete', 'scan', 'query', 'putItem', 'updateItem', 'deleteItem']) expect(name in store, name).to.equal(false);
      expect(() => { (store as unknown as Record<string, unknown>)['delete'] = () => undefined; }).to.throw(TypeError);
    });

    it('refuses bad input with a typed error and writes nothing', async () => {
      const eventId = nextId();
      const cases: [string, unknown][] = [
        ['eventId', { eventId: '', eventType: 'T', payload: {} }],
        ['eventType', { eventId, eventType: 7, payload: {} }],
        ['payload', { eventId, eventType: 'T', payload: 'x' }],
        ['payload.when', { eventId, eventType: 'T', payload: { when: undefined } }],
        ['message.extra', { eventId, eventType: 'T', payload: {}, extra: 1 }],
        ['message', null],
      ];
      for (const [field, message] of cases) {
        const error = await rejection(store.put(message as never));
        expect(InvalidInputError.is(error), `${field}: ${String(error)}`).to.equal(true);
        expect((error as InvalidInputError).field).to.equal(field);
      }
      expect(RecordTooLargeError.is(await rejection(store.put({ eventId, eventType: 'T', payload: { text: 'x'.repeat(409_600) } })))).to.equal(true);
      expect(await store.get(eventId)).to.equal(null);
    });
  });
}
