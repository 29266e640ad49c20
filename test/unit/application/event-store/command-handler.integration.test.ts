import { expect } from 'chai';
import { createCommandHandler, type CommandHandlerOptions } from '../../../../application/event-store/command-handler.js';
import { anyOf, everyNEvents, onEventTypes } from '../../../../domain/events/snapshot-policy.js';
import type { StoredEvent } from '../../../../domain/events/stored-event.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { ConcurrencyError, type EventStore } from '../../../../ports/event-store.js';
import { createEventTables, manualClock, storeOn, type EventTables } from './support/event-store-fixture.js';
import { portsUnderTest } from './support/ports-under-test.js';
import { rejection } from '../../../support/rejection.js';

interface Counter {
  readonly count: number;
}
type Command = { readonly type: 'add'; readonly by: number } | { readonly type: 'close' };

const evolve = (state: Counter, event: StoredEvent): Counter => (event.eventType === 'Added' ? { count: state.count + ((event.eventData as { by: number }).by) } : state);
const decide = (command: Command, state: Counter): { eventType: string; eventData: unknown }[] => {
  if (command.type === 'close') return [{ eventType: 'Closed', eventData: { at: state.count } }];
  if (command.by === 0) return [];
  if (state.count + command.by > 1000) throw new RangeError('a counter stops at 1000');
  return [{ eventType: 'Added', eventData: { by: command.by } }];
};
const context = { userId: 'user-1', correlationId: 'corr-1' };

for (const target of portsUnderTest()) {
  describe(`command handler on ${target.name}`, function () {
    this.timeout(120_000);
    let port: DynamoDbPort;
    let close: () => void;
    let tables: EventTables;
    const clock = manualClock();
    let store: EventStore;
    let stream = 0;
    const nextStream = (): string => `counter-${++stream}`;
    const sleeps: number[] = [];
    const handlerFor = (overrides: Partial<CommandHandlerOptions<Counter, Command>> = {}) =>
      createCommandHandler<Counter, Command>({ eventStore: store, aggregateType: 'Counter', initial: { count: 0 }, evolve, decide, clock, sleep: (ms) => { sleeps.push(ms); return Promise.resolve(); }, random: () => 0.5, ...overrides });

    before(async () => {
      ({ port, close } = await target.open());
      tables = await createEventTables(port);
    });
    after(() => { close(); });
    beforeEach(() => {
      store = storeOn(port, tables, clock);
      sleeps.length = 0;
    });

    it('loads, decides and appends with the loaded version', async () => {
      const id = nextStream();
      const handle = handlerFor();
      expect(await handle(id, { type: 'add', by: 2 }, context)).to.deep.include({ state: { count: 2 }, version: 1, attempts: 1, snapshot: 'not-due' });
      const second = await handle(id, { type: 'add', by: 3 }, context);
      expect(second).to.deep.include({ state: { count: 5 }, version: 2 });
      expect(second.events[0]).to.deep.include({ eventType: 'Added', userId: 'user-1', correlationId: 'corr-1', sequenceNumber: 2 });
      expect(await handle(id, { type: 'add', by: 0 }, context)).to.deep.include({ version: 2, events: [] });
    });

    /** The store, with a rival append landing just before each of the first `times` appends. */
    function interfered(id: string, times: number): EventStore {
      const rival = storeOn(port, tables, clock);
      let left = times;
      return {
        ...store,
        appendEvents: async (...args: Parameters<EventStore['appendEvents']>) => {
          if (left > 0) {
            left--;
            await rival.appendEvent('Counter', id, 'Added', { by: 100 }, 'rival', 'c');
          }
          return store.appendEvents(...args);
        },
      };
    }

    it('resolves a version conflict by loading again and deciding on the new state', async () => {
      const id = nextStream();
      const result = await handlerFor({ eventStore: interfered(id, 1) })(id, { type: 'add', by: 1 }, context);
      expect(result.attempts).to.equal(2);
      expect(result.state).to.deep.equal({ count: 101 });
      expect(sleeps).to.deep.equal([25]);
      expect((await store.getEvents(id)).map((event) => event.userId)).to.deep.equal(['rival', 'user-1']);
    });

    it('gives up after the attempts allowed, with the ConcurrencyError', async () => {
      const id = nextStream();
      const handle = handlerFor({ eventStore: interfered(id, 3), retry: { maxAttempts: 3, baseDelayMs: 8 } });
      const error = await rejection(handle(id, { type: 'add', by: 1 }, context));
      expect(ConcurrencyError.is(error), String(error)).to.equal(true);
      expect(sleeps).to.deep.equal([4, 8]);
      expect(await store.getEvents(id)).to.have.length(3);
    });

    it('does not retry a command the decision refuses', async () => {
      const id = nextStream();
      const handle = handlerFor();
      await handle(id, { type: 'add', by: 1000 }, context);
      expect(await rejection(handle(id, { type: 'add', by: 1 }, context))).to.be.instanceOf(RangeError);
      expect(sleeps).to.deep.equal([]);
    });

    it('takes snapshots as the policy says and loads from them', async () => {
      const id = nextStream();
      const handle = handlerFor({ snapshotPolicy: anyOf(everyNEvents(3), onEventTypes(['Closed'])) });
      const outcomes: unknown[] = [];
      for (let n = 1; n <= 7; n++) outcomes.push((await handle(id, { type: 'add', by: n }, context)).snapshot);
      expect(outcomes).to.deep.equal(['not-due', 'not-due', 'taken', 'not-due', 'not-due', 'taken', 'not-due']);
      expect(await store.getLatestSnapshot(id)).to.deep.include({ version: 6, eventSequenceNumber: 6, snapshotData: { count: 21 } });
      expect((await handle(id, { type: 'close' }, context)).snapshot).to.equal('taken');
      const loaded = await store.loadAggregate(id, evolve, { count: 0 });
      expect(loaded).to.deep.include({ state: { count: 28 }, version: 8, eventsApplied: 0 });
    });

    it('reports a snapshot that could not be written without failing the command', async () => {
      const id = nextStream();
      const handle = handlerFor({ snapshotPolicy: everyNEvents(1), toSnapshot: (state) => state.count });
      const result = await handle(id, { type: 'add', by: 1 }, context);
      expect(result.version).to.equal(1);
      expect(result.snapshot).to.have.property('failed');
    });
  });
}
