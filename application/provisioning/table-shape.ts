/**
 * The pieces of a table definition that CreateTable and CloudFormation's AWS::DynamoDB::Table
 * spell the same way: key schemas, projections and provisioned throughput.
 */
import type { BillingSpec, IndexProjection, KeyAttribute, TableSpec } from '../../domain/tables/table-spec.js';
import type { BillingMode, KeySchemaElement, Projection, ProvisionedThroughput, TableDescription } from '../../ports/dynamo-db-table-types.js';

export function keySchemaOf(partitionKey: KeyAttribute, sortKey: KeyAttribute | undefined): KeySchemaElement[] {
  const schema: KeySchemaElement[] = [{ AttributeName: partitionKey.name, KeyType: 'HASH' }];
  if (sortKey !== undefined) schema.push({ AttributeName: sortKey.name, KeyType: 'RANGE' });
  return schema;
}

export function projectionOf(projection: IndexProjection): Projection {
  return projection.type === 'INCLUDE' ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection.nonKeyAttributes] } : { ProjectionType: projection.type };
}

/** The throughput of a provisioned table (and of each of its global indexes); none on demand. */
export function throughputOf(billing: BillingSpec): ProvisionedThroughput | undefined {
  return billing.mode === 'PROVISIONED' ? { ReadCapacityUnits: billing.readCapacityUnits, WriteCapacityUnits: billing.writeCapacityUnits } : undefined;
}

/** DynamoDB's default recovery period when a spec enables point-in-time recovery without one. */
export const DEFAULT_RECOVERY_PERIOD_DAYS = 35;

export function recoveryPeriodOf(spec: TableSpec): number {
  return spec.pointInTimeRecovery.recoveryPeriodInDays ?? DEFAULT_RECOVERY_PERIOD_DAYS;
}

/** DynamoDB only reports a BillingModeSummary once a table has been on demand. */
export function reportedBillingMode(table: TableDescription): BillingMode {
  return table.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
}
