/** Events and snapshots as the event store returns them: deeply frozen values. */
import type { JsonObject } from '../values/json-value.js';
import type { AggregateType, CorrelationId, EntityId, EventId, EventType, UserId } from '../values/identifiers.js';
import type { IsoTimestamp } from '../values/iso-timestamp.js';
import type { SchemaVersion, SequenceNumber, StreamVersion } from '../values/versions.js';

/** An event with the attributes of the event store design. */
export interface StoredEvent<T = JsonObject> {
  readonly eventId: EventId;
  readonly entityId: EntityId;
  readonly sequenceNumber: SequenceNumber;
  readonly aggregateType: AggregateType;
  readonly eventType: EventType;
  /** When the event was appended (ISO 8601, UTC, milliseconds). */
  readonly eventTime: IsoTimestamp;
  readonly eventData: T;
  /** The schema version of eventData; after upcasting, the current version of its type. */
  readonly version: SchemaVersion;
  readonly userId: UserId;
  readonly correlationId: CorrelationId;
}

/** An aggregate's state as of one version of its stream. */
export interface Snapshot<T = JsonObject> {
  readonly entityId: EntityId;
  /** The aggregate's version at snapshot time (the snapshots table's sort key). */
  readonly version: StreamVersion;
  readonly aggregateType: AggregateType;
  readonly snapshotData: T;
  readonly snapshotTime: IsoTimestamp;
  /** The sequence number of the last event included in the snapshot. */
  readonly eventSequenceNumber: SequenceNumber;
}
