/**
 * Events and snapshots to and from DynamoDB items. Items carry the attribute names of the event
 * store design, plus `commitId`, which identifies the append call that wrote them.
 */
import { CorruptRecordError } from '../../domain/errors/corrupt-record-error.js';
import type { Snapshot, StoredEvent } from '../../domain/events/stored-event.js';
import type { UpcasterRegistry } from '../../domain/events/upcasters.js';
import { EVENT_ATTRIBUTES as E, SNAPSHOT_ATTRIBUTES as S } from '../../domain/tables/table-specs.js';
import type { AggregateType, CorrelationId, EntityId, EventId, EventType, UserId } from '../../domain/values/identifiers.js';
import type { IsoTimestamp } from '../../domain/values/iso-timestamp.js';
import { jsonFromStored, numberFromStored, stringFromStored } from '../../domain/values/json-from-stored.js';
import type { JsonObject, JsonValue } from '../../domain/values/json-value.js';
import type { SchemaVersion, SequenceNumber, StreamVersion } from '../../domain/values/versions.js';
import type { Item } from '../../ports/document-value.js';

export type JsonItem = Readonly<Record<string, JsonValue>>;

export function eventItem(event: StoredEvent, commitId: string): JsonItem {
  return {
    [E.entityId]: event.entityId,
    [E.sequenceNumber]: event.sequenceNumber,
    [E.eventId]: event.eventId,
    [E.aggregateType]: event.aggregateType,
    [E.eventType]: event.eventType,
    [E.eventTime]: event.eventTime,
    [E.eventData]: event.eventData,
    [E.version]: event.version,
    [E.userId]: event.userId,
    [E.correlationId]: event.correlationId,
    [E.commitId]: commitId,
  };
}

function objectFromStored(value: unknown, what: string, attribute: string): JsonObject {
  const json = jsonFromStored(value, what, attribute);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new CorruptRecordError(what, attribute, 'is not a map');
  return json as JsonObject;
}

/** The design wrote schema versions as strings ('1.0'); this library writes numbers. Both are read. */
function schemaVersionFromStored(value: unknown): SchemaVersion {
  const version = typeof value === 'string' ? Number.parseFloat(value) : numberFromStored(value, 'event', E.version);
  if (!Number.isInteger(version) || version < 1) throw new CorruptRecordError('event', E.version, `is not a schema version: ${String(value)}`);
  return version as SchemaVersion;
}

export function sequenceNumberOf(item: Item): number {
  return numberFromStored(item[E.sequenceNumber], 'event', E.sequenceNumber);
}

export function commitIdOf(item: Item): string | undefined {
  const commit = item[E.commitId];
  return typeof commit === 'string' ? commit : undefined;
}

export function eventFromItem(item: Item, upcasters: UpcasterRegistry): StoredEvent {
  const text = (attribute: string): string => stringFromStored(item[attribute], 'event', attribute);
  const eventType = text(E.eventType) as EventType;
  const storedVersion = schemaVersionFromStored(item[E.version]);
  // Upcasting first: it refuses a version newer than this reader knows.
  const eventData = upcasters.upcast(eventType, storedVersion, objectFromStored(item[E.eventData], 'event', E.eventData));
  return Object.freeze({
    eventId: text(E.eventId) as EventId,
    entityId: text(E.entityId) as EntityId,
    sequenceNumber: sequenceNumberOf(item) as SequenceNumber,
    aggregateType: text(E.aggregateType) as AggregateType,
    eventType,
    eventTime: text(E.eventTime) as IsoTimestamp,
    eventData,
    version: upcasters.currentVersion(eventType),
    userId: text(E.userId) as UserId,
    correlationId: text(E.correlationId) as CorrelationId,
  });
}

export function snapshotItem(snapshot: Snapshot): JsonItem {
  return {
    [S.entityId]: snapshot.entityId,
    [S.version]: snapshot.version,
    [S.aggregateType]: snapshot.aggregateType,
    [S.snapshotData]: snapshot.snapshotData,
    [S.snapshotTime]: snapshot.snapshotTime,
    [S.eventSequenceNumber]: snapshot.eventSequenceNumber,
  };
}

export function snapshotFromItem(item: Item): Snapshot {
  const text = (attribute: string): string => stringFromStored(item[attribute], 'snapshot', attribute);
  return Object.freeze({
    entityId: text(S.entityId) as EntityId,
    version: numberFromStored(item[S.version], 'snapshot', S.version) as StreamVersion,
    aggregateType: text(S.aggregateType) as AggregateType,
    snapshotData: objectFromStored(item[S.snapshotData], 'snapshot', S.snapshotData),
    snapshotTime: text(S.snapshotTime) as IsoTimestamp,
    eventSequenceNumber: numberFromStored(item[S.eventSequenceNumber], 'snapshot', S.eventSequenceNumber) as SequenceNumber,
  });
}
