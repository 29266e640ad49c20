/**
 * The key-value workload: 1 KB items, half conditional puts of new items, half strongly
 * consistent gets of existing ones. The same function runs on every path being compared.
 */
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';

const PAYLOAD = 'x'.repeat(1000);

export async function createWorkloadTable(port: DynamoDbPort, tableName: string): Promise<void> {
  await port.createTable({
    TableName: tableName,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
}

/** Operation `index`: even indexes put item index/2 (if absent), odd ones read an earlier item. */
export function kvOperation(port: DynamoDbPort, tableName: string, run: string): (index: number) => Promise<unknown> {
  return (index) => {
    const half = Math.floor(Math.abs(index) / 2);
    const key = `${run}-${index < 0 ? 'w' : ''}${half}`;
    if (Math.abs(index) % 2 === 0) {
      return port.putItem({ TableName: tableName, Item: { pk: key, payload: PAYLOAD, n: half }, ConditionExpression: 'attribute_not_exists(pk)' });
    }
    return port.getItem({ TableName: tableName, Key: { pk: key }, ConsistentRead: true });
  };
}
