/**
 * A table spec as a CreateTable request. Everything CreateTable can set is set here; time to live
 * and point-in-time recovery have their own operations (see ensure-table.ts).
 */
import { keyAttributesOf, type EncryptionSpec, type TableSpec } from '../../domain/tables/table-spec.js';
import type { CreateTableInput, SseSpecification } from '../../ports/dynamo-db-table-types.js';
import { keySchemaOf, projectionOf, throughputOf } from './table-shape.js';

/** No SSESpecification means DynamoDB's own key; KMS without a key id means `alias/aws/dynamodb`. */
export function sseSpecificationOf(encryption: EncryptionSpec): SseSpecification | undefined {
  switch (encryption.type) {
    case 'AWS_OWNED':
      return undefined;
    case 'AWS_MANAGED':
      return { Enabled: true, SSEType: 'KMS' };
    case 'CUSTOMER_MANAGED':
      return { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: encryption.kmsKeyId };
  }
}

export function createTableRequest(spec: TableSpec, tableName: string): CreateTableInput {
  const throughput = throughputOf(spec.billing);
  const sse = sseSpecificationOf(spec.encryption);
  return {
    TableName: tableName,
    AttributeDefinitions: keyAttributesOf(spec).map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
    KeySchema: keySchemaOf(spec.partitionKey, spec.sortKey),
    ...(spec.globalSecondaryIndexes.length === 0
      ? {}
      : {
          GlobalSecondaryIndexes: spec.globalSecondaryIndexes.map((index) => ({
            IndexName: index.name,
            KeySchema: keySchemaOf(index.partitionKey, index.sortKey),
            Projection: projectionOf(index.projection),
            ...(throughput === undefined ? {} : { ProvisionedThroughput: throughput }),
          })),
        }),
    ...(spec.localSecondaryIndexes.length === 0
      ? {}
      : {
          LocalSecondaryIndexes: spec.localSecondaryIndexes.map((index) => ({
            IndexName: index.name,
            KeySchema: keySchemaOf(spec.partitionKey, index.sortKey),
            Projection: projectionOf(index.projection),
          })),
        }),
    BillingMode: spec.billing.mode,
    ...(throughput === undefined ? {} : { ProvisionedThroughput: throughput }),
    ...(spec.stream === undefined ? {} : { StreamSpecification: { StreamEnabled: true, StreamViewType: spec.stream.viewType } }),
    ...(sse === undefined ? {} : { SSESpecification: sse }),
    TableClass: spec.tableClass,
    DeletionProtectionEnabled: spec.deletionProtection,
    ...(spec.tags.length === 0 ? {} : { Tags: spec.tags.map((tag) => ({ Key: tag.key, Value: tag.value })) }),
  };
}
