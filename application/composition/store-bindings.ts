/**
 * Binds the stores to the container: each one over the decorated DynamoDB port, the container's
 * clock and id generator, and the table names the options resolve.
 */
import type { Container } from 'inversify';
import type { Clock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import { createDeliveryTracker } from '../delivery-tracking/create-delivery-tracker.js';
import { createEventStore } from '../event-store/create-event-store.js';
import { createMessageStore } from '../message-store/create-message-store.js';
import { TOKENS } from '../tokens.js';

/** Physical table names by spec id (MessageStore, EventStoreEvents, ...). */
export type TableNames = ReadonlyMap<string, string>;

function nameOf(names: TableNames, specId: string): string {
  const name = names.get(specId);
  if (name === undefined) throw new Error(`No table name was resolved for ${specId}`);
  return name;
}

export function bindStores(container: Container, names: TableNames): void {
  const common = (): { port: DynamoDbPort; clock: Clock; ids: IdGenerator } => ({
    port: container.get<DynamoDbPort>(TOKENS.DynamoDbPort),
    clock: container.get<Clock>(TOKENS.Clock),
    ids: container.get<IdGenerator>(TOKENS.IdGenerator),
  });
  container.bind(TOKENS.TableNames).toConstantValue(names);
  container.bind(TOKENS.EventStore).toDynamicValue(() =>
    createEventStore({ ...common(), tables: { events: nameOf(names, 'EventStoreEvents'), snapshots: nameOf(names, 'EventStoreSnapshots') } }),
  );
  container.bind(TOKENS.MessageStore).toDynamicValue(() => createMessageStore({ ...common(), tableName: nameOf(names, 'MessageStore') }));
  container.bind(TOKENS.DeliveryTracker).toDynamicValue(() => createDeliveryTracker({ ...common(), tableName: nameOf(names, 'DeliveryTracking') }));
}
