/**
 * Turns a validated CreateTable request into the engine's TableDefinition and the first
 * TableState. DynamoDB reports AttributeDefinitions and NonKeyAttributes sorted by name, so they
 * are kept sorted.
 */
import type { IndexDefinition, IndexProjection, KeyAttributeType, KeySchema, TableDefinition } from '../engine/table-definition.js';
import { indexArn, kmsKeyArn, streamArn, tableArn } from './table-arns.js';
import type { TableOperationContext } from './table-operation-context.js';
import type { AttributeDefinitionRequest, CreateTableRequest, IndexRequest, KeySchemaElementRequest, ProjectionRequest, SseSpecificationRequest } from './table-requests.js';
import { given } from './table-requests.js';
import { sseRequested } from './table-setting-rules.js';
import { NO_DECREASES, type OnDemandSettings, type TableState, type ThroughputLog, type Units } from './table-state.js';
import { streamLabel } from './wire-time.js';

/** What an on-demand table or index is ready for from the start (DynamoDB's WarmThroughput). */
export const ON_DEMAND_WARM: Units = Object.freeze({ read: 12_000, write: 4_000 });

export function byName<T extends { readonly AttributeName: string }>(left: T, right: T): number {
  return left.AttributeName < right.AttributeName ? -1 : left.AttributeName > right.AttributeName ? 1 : 0;
}

export function keySchemaOf(keys: readonly KeySchemaElementRequest[], definitions: readonly AttributeDefinitionRequest[]): KeySchema {
  const typeOf = (name: string): KeyAttributeType => definitions.find((definition) => definition.AttributeName === name)?.AttributeType ?? 'S';
  const [hash, range] = keys;
  const partitionName = hash?.AttributeName ?? '';
  const partitionKey = { name: partitionName, type: typeOf(partitionName) };
  return range === undefined ? { partitionKey } : { partitionKey, sortKey: { name: range.AttributeName, type: typeOf(range.AttributeName) } };
}

export function projectionOf(projection: ProjectionRequest): IndexProjection {
  return {
    type: projection.ProjectionType ?? 'ALL',
    nonKeyAttributes: projection.ProjectionType === 'INCLUDE' ? [...(projection.NonKeyAttributes ?? [])].sort() : [],
  };
}

export function indexDefinitionOf(
  index: IndexRequest,
  kind: 'local' | 'global',
  definitions: readonly AttributeDefinitionRequest[],
  tableArnValue: string,
): IndexDefinition {
  const base = {
    name: index.IndexName,
    kind,
    keySchema: keySchemaOf(index.KeySchema, definitions),
    projection: projectionOf(index.Projection),
    arn: indexArn(tableArnValue, index.IndexName),
  };
  const throughput = index.ProvisionedThroughput;
  return given(throughput) && kind === 'global'
    ? { ...base, provisionedThroughput: { readCapacityUnits: throughput.ReadCapacityUnits, writeCapacityUnits: throughput.WriteCapacityUnits } }
    : base;
}

export function sseSettingsOf(context: TableOperationContext, sse: SseSpecificationRequest | null | undefined): TableDefinition['sse'] {
  if (!given(sse) || !sseRequested(sse)) return { enabled: false };
  return { enabled: true, type: 'KMS', kmsMasterKeyId: kmsKeyArn(context, sse.KMSMasterKeyId ?? undefined) };
}

export function onDemandOf(request: { readonly MaxReadRequestUnits?: number | null; readonly MaxWriteRequestUnits?: number | null }): OnDemandSettings {
  return {
    ...(given(request.MaxReadRequestUnits) ? { maxRead: request.MaxReadRequestUnits } : {}),
    ...(given(request.MaxWriteRequestUnits) ? { maxWrite: request.MaxWriteRequestUnits } : {}),
  };
}

export function buildTableState(request: CreateTableRequest, context: TableOperationContext, tableId: string): TableState {
  const now = context.clock.now();
  const arn = tableArn(context, request.TableName);
  const definitions = [...request.AttributeDefinitions].sort(byName);
  const billingMode = request.BillingMode ?? 'PROVISIONED';
  const throughput = request.ProvisionedThroughput;
  const stream = request.StreamSpecification;
  const label = streamLabel(now);
  const globalIndexes = (request.GlobalSecondaryIndexes ?? []).map((index) => indexDefinitionOf(index, 'global', definitions, arn));
  const definition: TableDefinition = {
    name: request.TableName,
    arn,
    id: tableId,
    createdAt: now,
    keySchema: keySchemaOf(request.KeySchema, definitions),
    attributeDefinitions: definitions.map((attribute) => ({ AttributeName: attribute.AttributeName, AttributeType: attribute.AttributeType })),
    localIndexes: (request.LocalSecondaryIndexes ?? []).map((index) => indexDefinitionOf(index, 'local', definitions, arn)),
    globalIndexes,
    billingMode,
    ...(given(throughput) ? { provisionedThroughput: { readCapacityUnits: throughput.ReadCapacityUnits, writeCapacityUnits: throughput.WriteCapacityUnits } } : {}),
    ...(given(stream) && stream.StreamEnabled && given(stream.StreamViewType)
      ? { stream: { viewType: stream.StreamViewType, label, arn: streamArn(arn, label) } }
      : {}),
    sse: sseSettingsOf(context, request.SSESpecification),
    tableClass: request.TableClass === 'STANDARD_INFREQUENT_ACCESS' ? 'STANDARD_INFREQUENT_ACCESS' : 'STANDARD',
    deletionProtection: request.DeletionProtectionEnabled === true,
    pointInTimeRecovery: { enabled: false, recoveryPeriodInDays: 35 },
  };
  const warmOf = (settings: { readonly readCapacityUnits: number; readonly writeCapacityUnits: number } | undefined): Units =>
    settings === undefined ? ON_DEMAND_WARM : { read: settings.readCapacityUnits, write: settings.writeCapacityUnits };
  const indexOnDemand = new Map<string, OnDemandSettings>();
  for (const index of request.GlobalSecondaryIndexes ?? []) {
    if (given(index.OnDemandThroughput)) indexOnDemand.set(index.IndexName, onDemandOf(index.OnDemandThroughput));
  }
  return {
    definition,
    tags: new Map((request.Tags ?? []).map((tag) => [tag.Key, tag.Value])),
    throughput: NO_DECREASES,
    indexThroughput: new Map<string, ThroughputLog>(globalIndexes.map((index) => [index.name, NO_DECREASES])),
    warm: warmOf(definition.provisionedThroughput),
    indexWarm: new Map(globalIndexes.map((index) => [index.name, warmOf(index.provisionedThroughput)])),
    ...(given(request.OnDemandThroughput) ? { onDemand: onDemandOf(request.OnDemandThroughput) } : {}),
    indexOnDemand,
    ...(billingMode === 'PAY_PER_REQUEST' ? { lastUpdateToPayPerRequestAt: now } : {}),
    tableClassShown: definition.tableClass !== 'STANDARD',
    ...(definition.stream === undefined ? {} : { latestStream: definition.stream }),
  };
}
