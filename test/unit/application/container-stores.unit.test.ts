import { expect } from 'chai';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeContainer, createContainer } from '../../../application/container.js';
import type { ContainerOptions } from '../../../application/container-options.js';
import { TOKENS } from '../../../application/tokens.js';
import { createManualClock } from '../../../adapters/simulator/manual-clock.js';
import type { DeliveryTracker } from '../../../ports/delivery-tracker.js';
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';
import type { EventStore } from '../../../ports/event-store.js';
import type { MessageStore } from '../../../ports/message-store.js';

const fixedIds = (): { newId: () => string } => {
  let next = 0;
  return { newId: () => `id-${(next += 1).toString().padStart(6, '0')}` };
};

/** One pass over the three stores; returns what a caller observes. */
async function useStores(options: ContainerOptions): Promise<unknown[]> {
  const container = createContainer(options);
  try {
    const events = container.get<EventStore>(TOKENS.EventStore);
    const messages = container.get<MessageStore>(TOKENS.MessageStore);
    const deliveries = container.get<DeliveryTracker>(TOKENS.DeliveryTracker);
    const first = await events.appendEvent('Order', 'order-1', 'OrderPlaced', { total: 10 }, 'ada', 'c-1', 0);
    const second = await events.appendEvent('Order', 'order-1', 'OrderPaid', { total: 10 }, 'ada', 'c-1', first);
    const stream = (await events.getEvents('order-1')).map((event) => [event.sequenceNumber, event.eventType]);
    const accepted = await messages.put({ eventId: 'm-1', eventType: 'Ping', payload: { n: 1 } });
    const duplicate = await messages.put({ eventId: 'm-1', eventType: 'Ping', payload: { n: 1 } });
    const recorded = await deliveries.record({ userId: 'ada', eventId: 'e-1', eventType: 'Ping', timestamp: '2026-01-01T00:00:00.000Z', payload: {} });
    return [first, second, stream, accepted.outcome, duplicate.outcome, recorded.outcome, recorded.record.status];
  } finally {
    await closeContainer(container);
  }
}

describe('createContainer: stores', () => {
  it("gives stores ready to use with storage 'simulator' (the container provisions their tables)", async () => {
    const observed = await useStores({ storage: 'simulator', clock: createManualClock(Date.UTC(2026, 0, 1)), idGenerator: fixedIds() });
    expect(observed).to.deep.equal([1, 2, [[1, 'OrderPlaced'], [2, 'OrderPaid']], 'accepted', 'duplicate', 'recorded', 'pending']);
  });

  it('names the tables from the options: prefix and overrides', async () => {
    const container = createContainer({ storage: 'simulator', tables: { prefix: 'test-', overrides: { MessageStore: 'inbox' } } });
    try {
      await container.get<MessageStore>(TOKENS.MessageStore).put({ eventId: 'm-1', eventType: 'Ping', payload: {} });
      const tables = (await container.get<DynamoDbPort>(TOKENS.DynamoDbPort).listTables({})).TableNames ?? [];
      expect(tables).to.include('test-inbox');
      expect(tables.every((name) => name.startsWith('test-'))).to.equal(true);
    } finally {
      await closeContainer(container);
    }
  });

  it('does not provision tables when told not to', async () => {
    const container = createContainer({ storage: 'simulator', provisionTables: false });
    try {
      expect((await container.get<DynamoDbPort>(TOKENS.DynamoDbPort).listTables({})).TableNames).to.deep.equal([]);
    } finally {
      await closeContainer(container);
    }
  });

  it('records through the container and replays the same outcomes with no database', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'container-cassette-'));
    const cassette = join(directory, 'stores.json');
    try {
      const start = Date.UTC(2026, 0, 1);
      const recorded = await useStores({ storage: 'record', cassette, target: { storage: 'simulator' }, clock: createManualClock(start), idGenerator: fixedIds() });
      const text = await readFile(cassette, 'utf8');
      // The cassette holds the stores' own calls; provisioning went straight to the simulator.
      expect(text).to.include('"PutItem"');
      expect(text).not.to.include('"CreateTable"');
      const replayed = await useStores({ storage: 'replay', cassette, clock: createManualClock(start), idGenerator: fixedIds() });
      expect(replayed).to.deep.equal(recorded);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
