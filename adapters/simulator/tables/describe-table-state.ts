/**
 * The TableDescription DynamoDB sends for a table, in wire form (dates as epoch seconds).
 *
 * What appears depends on the answer: the CreateTable response has no WarmThroughput and no
 * LastUpdateToPayPerRequestDateTime; the DeleteTable response leaves out the key schema,
 * attribute definitions, indexes and creation time; BillingModeSummary only appears once a table
 * was on demand; TableClassSummary only once a class other than STANDARD was set; SSEDescription
 * only for KMS encryption; on-demand tables and their global indexes report throughput 0/0.
 */
import type { IndexDefinition, KeySchema } from '../engine/table-definition.js';
import type { IndexStats } from '../engine/item-store.js';
import type { OnDemandSettings, TableState, ThroughputLog, Units } from './table-state.js';
import { utcDay, wireTime } from './wire-time.js';

export type TableStatusName = 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE';
export type IndexStatusName = 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE';

export interface TableStats {
  readonly itemCount: number;
  readonly sizeBytes: number;
  indexStats(indexName: string): IndexStats;
}

export interface DescribeOptions {
  readonly answer: 'create' | 'describe' | 'update' | 'delete';
  readonly tableStatus: TableStatusName;
  /** Global index statuses that differ from ACTIVE (CREATING for all of them after CreateTable). */
  readonly indexStatus?: ReadonlyMap<string, IndexStatusName>;
  /** Global indexes being deleted: still listed, as DELETING. */
  readonly deletingIndexes?: readonly IndexDefinition[];
  /** Milliseconds since the epoch, for NumberOfDecreasesToday. */
  readonly now: number;
}

type Json = Record<string, unknown>;

function keySchemaJson(keySchema: KeySchema): Json[] {
  const elements: Json[] = [{ AttributeName: keySchema.partitionKey.name, KeyType: 'HASH' }];
  if (keySchema.sortKey !== undefined) elements.push({ AttributeName: keySchema.sortKey.name, KeyType: 'RANGE' });
  return elements;
}

function projectionJson(index: IndexDefinition): Json {
  return index.projection.type === 'INCLUDE'
    ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection.nonKeyAttributes] }
    : { ProjectionType: index.projection.type };
}

function throughputJson(units: { readonly readCapacityUnits: number; readonly writeCapacityUnits: number } | undefined, log: ThroughputLog, now: number): Json {
  return {
    ...(log.lastIncreaseAt === undefined ? {} : { LastIncreaseDateTime: wireTime(log.lastIncreaseAt) }),
    ...(log.lastDecreaseAt === undefined ? {} : { LastDecreaseDateTime: wireTime(log.lastDecreaseAt) }),
    NumberOfDecreasesToday: log.decreaseDay === utcDay(now) ? log.decreasesToday : 0,
    ReadCapacityUnits: units?.readCapacityUnits ?? 0,
    WriteCapacityUnits: units?.writeCapacityUnits ?? 0,
  };
}

function onDemandJson(settings: OnDemandSettings | undefined): Json {
  if (settings === undefined || (settings.maxRead === undefined && settings.maxWrite === undefined)) return {};
  return {
    OnDemandThroughput: {
      ...(settings.maxRead === undefined ? {} : { MaxReadRequestUnits: settings.maxRead }),
      ...(settings.maxWrite === undefined ? {} : { MaxWriteRequestUnits: settings.maxWrite }),
    },
  };
}

function warmJson(units: Units | undefined): Json {
  return units === undefined ? {} : { WarmThroughput: { ReadUnitsPerSecond: units.read, WriteUnitsPerSecond: units.write, Status: 'ACTIVE' } };
}

const NO_LOG: ThroughputLog = { decreasesToday: 0, decreaseDay: 0 };

const NOTHING_YET: IndexStats = { itemCount: 0, sizeBytes: 0 };

function globalIndexJson(state: TableState, index: IndexDefinition, status: IndexStatusName, storeStats: IndexStats, options: DescribeOptions): Json {
  // A new index is still empty while DynamoDB backfills it; the store has filled it already.
  const stats = status === 'CREATING' ? NOTHING_YET : storeStats;
  return {
    IndexName: index.name,
    KeySchema: keySchemaJson(index.keySchema),
    Projection: projectionJson(index),
    IndexStatus: status,
    ...(status === 'CREATING' && options.answer === 'update' ? { Backfilling: false } : {}),
    ProvisionedThroughput: throughputJson(index.provisionedThroughput, state.indexThroughput.get(index.name) ?? NO_LOG, options.now),
    IndexSizeBytes: stats.sizeBytes,
    ItemCount: stats.itemCount,
    IndexArn: index.arn,
    ...onDemandJson(state.indexOnDemand.get(index.name)),
    ...(options.answer === 'create' ? {} : warmJson(state.indexWarm.get(index.name))),
  };
}

function indexesJson(state: TableState, stats: TableStats, options: DescribeOptions): Json {
  const { localIndexes, globalIndexes } = state.definition;
  const globals = [
    ...globalIndexes.map((index) => globalIndexJson(state, index, options.indexStatus?.get(index.name) ?? 'ACTIVE', stats.indexStats(index.name), options)),
    ...(options.deletingIndexes ?? []).map((index) => globalIndexJson(state, index, 'DELETING', stats.indexStats(index.name), options)),
  ];
  return {
    ...(localIndexes.length === 0
      ? {}
      : {
          LocalSecondaryIndexes: localIndexes.map((index) => {
            const indexStats = stats.indexStats(index.name);
            return { IndexName: index.name, KeySchema: keySchemaJson(index.keySchema), Projection: projectionJson(index), IndexSizeBytes: indexStats.sizeBytes, ItemCount: indexStats.itemCount, IndexArn: index.arn };
          }),
        }),
    ...(globals.length === 0 ? {} : { GlobalSecondaryIndexes: globals }),
  };
}

function billingJson(state: TableState, options: DescribeOptions): Json {
  if (state.lastUpdateToPayPerRequestAt === undefined) return {};
  return {
    BillingModeSummary: {
      BillingMode: state.definition.billingMode,
      ...(options.answer === 'create' ? {} : { LastUpdateToPayPerRequestDateTime: wireTime(state.lastUpdateToPayPerRequestAt) }),
    },
  };
}

function settingsJson(state: TableState): Json {
  const { definition } = state;
  const stream = state.latestStream;
  return {
    ...(definition.stream === undefined ? {} : { StreamSpecification: { StreamEnabled: true, StreamViewType: definition.stream.viewType } }),
    ...(stream === undefined ? {} : { LatestStreamLabel: stream.label, LatestStreamArn: stream.arn }),
    ...(definition.sse.enabled ? { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: definition.sse.kmsMasterKeyId } } : {}),
    ...(state.tableClassShown
      ? { TableClassSummary: { TableClass: definition.tableClass, ...(state.tableClassUpdatedAt === undefined ? {} : { LastUpdateDateTime: wireTime(state.tableClassUpdatedAt) }) } }
      : {}),
  };
}

export function describeTableState(state: TableState, stats: TableStats, options: DescribeOptions): Json {
  const { definition } = state;
  const common = {
    ProvisionedThroughput: throughputJson(definition.provisionedThroughput, state.throughput, options.now),
    TableSizeBytes: stats.sizeBytes,
    ItemCount: stats.itemCount,
    TableArn: definition.arn,
    TableId: definition.id,
    ...billingJson(state, options),
  };
  if (options.answer === 'delete') {
    return { TableName: definition.name, TableStatus: options.tableStatus, ...common, DeletionProtectionEnabled: definition.deletionProtection };
  }
  return {
    AttributeDefinitions: definition.attributeDefinitions.map((attribute) => ({ AttributeName: attribute.AttributeName, AttributeType: attribute.AttributeType })),
    TableName: definition.name,
    KeySchema: keySchemaJson(definition.keySchema),
    TableStatus: options.tableStatus,
    CreationDateTime: wireTime(definition.createdAt),
    ...common,
    ...indexesJson(state, stats, options),
    ...settingsJson(state),
    DeletionProtectionEnabled: definition.deletionProtection,
    ...onDemandJson(state.onDemand),
    ...(options.answer === 'create' ? {} : warmJson(state.warm)),
  };
}
