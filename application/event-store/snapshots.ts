/** Snapshots: one item per (entityId, version); the latest is the one with the highest version. */
import { RecordTooLargeError } from '../../domain/errors/record-too-large-error.js';
import type { Snapshot } from '../../domain/events/stored-event.js';
import { SNAPSHOT_ATTRIBUTES as S } from '../../domain/tables/table-specs.js';
import { frozenJsonObject } from '../../domain/values/frozen-json.js';
import { aggregateType, entityId, type EntityId } from '../../domain/values/identifiers.js';
import { isoFromEpochMs } from '../../domain/values/iso-timestamp.js';
import { itemSize, MAX_ITEM_BYTES } from '../../domain/values/item-size.js';
import { sequenceNumber, streamVersion } from '../../domain/values/versions.js';
import { InvalidInputError } from '../../domain/errors/invalid-input-error.js';
import { snapshotFromItem, snapshotItem } from './event-item.js';
import type { EventStoreContext } from './event-store-context.js';

export interface SnapshotInput {
  readonly aggregateType: unknown;
  readonly entityId: unknown;
  readonly version: unknown;
  readonly snapshotData: unknown;
  readonly eventSequenceNumber: unknown;
}

/**
 * A plain PutItem: a snapshot is derived data, so writing the same version again (after a retry,
 * or by two command handlers at once) replaces it with an equivalent state.
 */
export async function createSnapshot(context: EventStoreContext, input: SnapshotInput): Promise<void> {
  const version = streamVersion(input.version, 'version');
  if (version === 0) throw new InvalidInputError('version', 'must be at least 1: a snapshot holds the state after some event');
  const snapshot: Snapshot = Object.freeze({
    entityId: entityId(input.entityId),
    version,
    aggregateType: aggregateType(input.aggregateType),
    snapshotData: frozenJsonObject(input.snapshotData, 'snapshotData'),
    snapshotTime: isoFromEpochMs(context.clock.now(), 'clock.now()'),
    eventSequenceNumber: sequenceNumber(input.eventSequenceNumber, 'eventSequenceNumber'),
  });
  const item = snapshotItem(snapshot);
  const size = itemSize(item);
  if (size > MAX_ITEM_BYTES) throw new RecordTooLargeError('item', size, MAX_ITEM_BYTES, `the snapshot of ${snapshot.entityId} at version ${snapshot.version}`);
  await context.port.putItem({ TableName: context.snapshotsTable, Item: item });
}

export async function getLatestSnapshot(context: EventStoreContext, id: EntityId): Promise<Snapshot | null> {
  const output = await context.port.query({
    TableName: context.snapshotsTable,
    KeyConditionExpression: '#e = :e',
    ExpressionAttributeNames: { '#e': S.entityId },
    ExpressionAttributeValues: { ':e': id },
    ScanIndexForward: false,
    Limit: 1,
    ConsistentRead: true,
  });
  const item = output.Items?.[0];
  return item === undefined ? null : snapshotFromItem(item);
}
