/** The last event item of a stream, read strongly consistently with one Query. */
import type { EntityId } from '../../domain/values/identifiers.js';
import type { StreamVersion } from '../../domain/values/versions.js';
import { EVENT_ATTRIBUTES as E } from '../../domain/tables/table-specs.js';
import type { Item } from '../../ports/document-value.js';
import type { EventStoreContext } from './event-store-context.js';
import { sequenceNumberOf } from './event-item.js';

export interface StreamHead {
  readonly version: StreamVersion;
  readonly item: Item | undefined;
}

export async function readHead(context: EventStoreContext, entityId: EntityId): Promise<StreamHead> {
  const output = await context.port.query({
    TableName: context.eventsTable,
    KeyConditionExpression: '#e = :e',
    ExpressionAttributeNames: { '#e': E.entityId },
    ExpressionAttributeValues: { ':e': entityId },
    ScanIndexForward: false,
    Limit: 1,
    ConsistentRead: true,
  });
  const item = output.Items?.[0];
  if (item === undefined) return { version: 0 as StreamVersion, item: undefined };
  const version = sequenceNumberOf(item) as StreamVersion;
  context.known.observe(entityId, version);
  return { version, item };
}
