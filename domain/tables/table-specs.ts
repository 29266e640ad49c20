/**
 * The tables of the source designs, as specs, with the attribute names the stores use. Table
 * names come from environment variables (see resolve-table-name.ts), with these defaults.
 */
import { defineTableSpec, type TableSpec } from './table-spec.js';

/** The immutable message store (design 000): one item per event_id, PutItem and GetItem only. */
export const MESSAGE_ATTRIBUTES = Object.freeze({
  eventId: 'event_id',
  eventType: 'event_type',
  payload: 'payload',
  receivedAt: 'received_at',
});

export const MESSAGE_STORE_TABLE: TableSpec = defineTableSpec({
  id: 'MessageStore',
  description: 'Immutable, append-only store of accepted messages, one item per event_id (no sort key, no indexes, no TTL)',
  tableName: { default: 'MessageStore', environmentVariable: 'MESSAGE_STORE_TABLE_NAME' },
  partitionKey: { name: MESSAGE_ATTRIBUTES.eventId, type: 'S' },
  // The authoritative source of truth: recoverable and hard to delete by accident.
  pointInTimeRecovery: { enabled: true },
  deletionProtection: true,
});

/** The event store's events (design 001). */
export const EVENT_ATTRIBUTES = Object.freeze({
  entityId: 'entityId',
  sequenceNumber: 'sequenceNumber',
  eventId: 'eventId',
  aggregateType: 'aggregateType',
  eventType: 'eventType',
  eventTime: 'eventTime',
  eventData: 'eventData',
  version: 'version',
  userId: 'userId',
  correlationId: 'correlationId',
  /** Ours: the append call that wrote the event, to recognise it on a retry. */
  commitId: 'commitId',
});

export const EVENT_TYPE_INDEX = 'EventTypeIndex';
export const USER_ACTION_INDEX = 'UserActionIndex';

export const EVENT_STORE_EVENTS_TABLE: TableSpec = defineTableSpec({
  id: 'EventStoreEvents',
  description: 'Event store: the events of each aggregate, ordered by sequence number',
  tableName: { default: 'ProductService-Events', environmentVariable: 'EVENT_STORE_TABLE_NAME' },
  partitionKey: { name: EVENT_ATTRIBUTES.entityId, type: 'S' },
  sortKey: { name: EVENT_ATTRIBUTES.sequenceNumber, type: 'N' },
  globalSecondaryIndexes: [
    { name: EVENT_TYPE_INDEX, partitionKey: { name: EVENT_ATTRIBUTES.aggregateType, type: 'S' }, sortKey: { name: EVENT_ATTRIBUTES.eventTime, type: 'S' }, projection: { type: 'ALL' } },
    { name: USER_ACTION_INDEX, partitionKey: { name: EVENT_ATTRIBUTES.userId, type: 'S' }, sortKey: { name: EVENT_ATTRIBUTES.eventTime, type: 'S' }, projection: { type: 'ALL' } },
  ],
  pointInTimeRecovery: { enabled: true },
  deletionProtection: true,
});

/** The event store's snapshots (design 001). */
export const SNAPSHOT_ATTRIBUTES = Object.freeze({
  entityId: 'entityId',
  version: 'version',
  aggregateType: 'aggregateType',
  snapshotData: 'snapshotData',
  snapshotTime: 'snapshotTime',
  eventSequenceNumber: 'eventSequenceNumber',
});

export const EVENT_STORE_SNAPSHOTS_TABLE: TableSpec = defineTableSpec({
  id: 'EventStoreSnapshots',
  description: 'Event store: aggregate snapshots by version (derived data, rebuildable from the events)',
  tableName: { default: 'ProductService-Snapshots', environmentVariable: 'SNAPSHOT_TABLE_NAME' },
  partitionKey: { name: SNAPSHOT_ATTRIBUTES.entityId, type: 'S' },
  sortKey: { name: SNAPSHOT_ATTRIBUTES.version, type: 'N' },
  pointInTimeRecovery: { enabled: true },
});

/** Delivery tracking (design 003): composite sort keys whose attribute names hold a `#`. */
export const DELIVERY_ATTRIBUTES = Object.freeze({
  userId: 'user_id',
  sortKey: 'timestamp#event_id',
  eventTypeKey: 'event_type#timestamp',
  statusKey: 'status#timestamp',
  timestamp: 'timestamp',
  eventId: 'event_id',
  eventType: 'event_type',
  status: 'status',
  payload: 'payload',
  retryCount: 'retry_count',
  lastError: 'last_error',
  nextRetryAt: 'next_retry_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  ttl: 'ttl',
  /** Ours: the last transition's id, to recognise it on a retry. */
  transitionId: 'transition_id',
});

export const DELIVERY_EVENT_TYPE_INDEX = 'EventTypeIndex';
export const DELIVERY_STATUS_INDEX = 'StatusIndex';

export const DELIVERY_TRACKING_TABLE: TableSpec = defineTableSpec({
  id: 'DeliveryTracking',
  description: 'Events to deliver per user with their delivery status; expire after 30 days',
  tableName: { default: 'DeliveryTracking-Events', environmentVariable: 'DELIVERY_TRACKING_TABLE_NAME' },
  partitionKey: { name: DELIVERY_ATTRIBUTES.userId, type: 'S' },
  sortKey: { name: DELIVERY_ATTRIBUTES.sortKey, type: 'S' },
  globalSecondaryIndexes: [
    { name: DELIVERY_EVENT_TYPE_INDEX, partitionKey: { name: DELIVERY_ATTRIBUTES.userId, type: 'S' }, sortKey: { name: DELIVERY_ATTRIBUTES.eventTypeKey, type: 'S' }, projection: { type: 'ALL' } },
    { name: DELIVERY_STATUS_INDEX, partitionKey: { name: DELIVERY_ATTRIBUTES.userId, type: 'S' }, sortKey: { name: DELIVERY_ATTRIBUTES.statusKey, type: 'S' }, projection: { type: 'ALL' } },
  ],
  timeToLive: { attributeName: DELIVERY_ATTRIBUTES.ttl },
  stream: { viewType: 'NEW_IMAGE' },
  pointInTimeRecovery: { enabled: true, recoveryPeriodInDays: 35 },
});

/** The simple table (design 004): a string `id`, no sort key, encrypted with the AWS managed key. */
export const SIMPLE_TABLE: TableSpec = defineTableSpec({
  id: 'SimpleTable',
  description: 'A simple key-value table with a string partition key',
  // The variable the AWS Solutions Construct aws-lambda-dynamodb sets for its function.
  tableName: { default: 'SimpleTable', environmentVariable: 'DDB_TABLE_NAME' },
  partitionKey: { name: 'id', type: 'S' },
  encryption: { type: 'AWS_MANAGED' },
  // Configurable, off by default: design 004 lets it be enabled after deployment.
  pointInTimeRecovery: { enabled: false },
  removalPolicy: 'Retain',
});

export const ALL_TABLE_SPECS: readonly TableSpec[] = Object.freeze([MESSAGE_STORE_TABLE, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE, DELIVERY_TRACKING_TABLE, SIMPLE_TABLE]);
