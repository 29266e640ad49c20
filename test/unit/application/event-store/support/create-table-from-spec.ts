/**
 * Test support: a table created from a TableSpec under a unique name, with its TTL enabled.
 * Only what the stores need to run (keys, indexes, billing, stream, TTL); the provisioning
 * helpers of the library do the full job (encryption, recovery, protection).
 */
import type { TableSpec } from '../../../../../domain/tables/table-spec.js';
import { keyAttributesOf } from '../../../../../domain/tables/table-spec.js';
import type { DynamoDbPort } from '../../../../../ports/dynamo-db-port.js';
import type { KeySchemaElement, Projection } from '../../../../../ports/dynamo-db-table-types.js';
import { uniqueTableName } from '../../../../support/unique-table-name.js';

function keySchema(partition: string, sort: string | undefined): KeySchemaElement[] {
  return sort === undefined
    ? [{ AttributeName: partition, KeyType: 'HASH' }]
    : [
        { AttributeName: partition, KeyType: 'HASH' },
        { AttributeName: sort, KeyType: 'RANGE' },
      ];
}

function projection(spec: TableSpec['globalSecondaryIndexes'][number]['projection']): Projection {
  return spec.type === 'INCLUDE' ? { ProjectionType: 'INCLUDE', NonKeyAttributes: spec.nonKeyAttributes } : { ProjectionType: spec.type };
}

export async function createTableFromSpec(port: DynamoDbPort, spec: TableSpec, prefix = spec.id): Promise<string> {
  const tableName = uniqueTableName(prefix);
  await port.createTable({
    TableName: tableName,
    AttributeDefinitions: keyAttributesOf(spec).map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
    KeySchema: keySchema(spec.partitionKey.name, spec.sortKey?.name),
    BillingMode: 'PAY_PER_REQUEST',
    GlobalSecondaryIndexes:
      spec.globalSecondaryIndexes.length === 0
        ? undefined
        : spec.globalSecondaryIndexes.map((index) => ({ IndexName: index.name, KeySchema: keySchema(index.partitionKey.name, index.sortKey?.name), Projection: projection(index.projection) })),
    StreamSpecification: spec.stream === undefined ? undefined : { StreamEnabled: true, StreamViewType: spec.stream.viewType },
  });
  if (spec.timeToLive !== undefined) {
    await port.updateTimeToLive({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: spec.timeToLive.attributeName } });
  }
  return tableName;
}
