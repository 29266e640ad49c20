/**
 * The two tables every property runs on: `composite` (string partition key, number sort key and
 * a global secondary index with a string sort key, so that number order and UTF-8 string order
 * are both observable) and `simple` (partition key only). Each property creates its own pair
 * through the port, empties it before every run, and deletes it at the end.
 */
import type { Item, Key } from '../../../ports/document-value.js';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';
import type { CreateTableInput } from '../../../ports/dynamo-db-table-types.js';

export type TableRole = 'composite' | 'simple';
export const TABLE_ROLES: readonly TableRole[] = ['composite', 'simple'];

export type ContractTables = Readonly<Record<TableRole, string>>;

export const INDEX_NAME = 'byGroup';
export const INDEX_KEY_ATTRIBUTES = ['gpk', 'gsk'] as const;

export const KEY_ATTRIBUTES: Readonly<Record<TableRole, readonly string[]>> = {
  composite: ['pk', 'sk'],
  simple: ['id'],
};

export function keyOf(role: TableRole, item: Item): Key {
  return Object.fromEntries(KEY_ATTRIBUTES[role].map((name) => [name, item[name] ?? null]));
}

function createTableInput(role: TableRole, TableName: string): CreateTableInput {
  if (role === 'simple') {
    return {
      TableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    };
  }
  return {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'N' },
      { AttributeName: 'gpk', AttributeType: 'S' },
      { AttributeName: 'gsk', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: INDEX_NAME,
        KeySchema: [
          { AttributeName: 'gpk', KeyType: 'HASH' },
          { AttributeName: 'gsk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** DynamoDB creates tables asynchronously; emulators are ACTIVE at once and cost one call. */
async function waitUntilActive(port: DynamoDbPort, TableName: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await port.describeTable({ TableName });
    const indexes = Table?.GlobalSecondaryIndexes ?? [];
    if (Table?.TableStatus === 'ACTIVE' && indexes.every((index) => index.IndexStatus === 'ACTIVE')) return;
    if (Date.now() > deadline) throw new Error(`table ${TableName} did not become ACTIVE within ${timeoutMs} ms`);
    await sleep(500);
  }
}

export async function createContractTables(port: DynamoDbPort, names: ContractTables, timeoutMs: number): Promise<ContractTables> {
  for (const role of TABLE_ROLES) await port.createTable(createTableInput(role, names[role]));
  for (const role of TABLE_ROLES) await waitUntilActive(port, names[role], timeoutMs);
  return names;
}

/** Deletes both tables; one that does not exist (creation failed half-way) is not an error. */
export async function deleteContractTables(port: DynamoDbPort, tables: ContractTables): Promise<void> {
  for (const role of TABLE_ROLES) {
    try {
      await port.deleteTable({ TableName: tables[role] });
    } catch (error) {
      if (!(DynamoDbError.is(error) && error.reason === 'ResourceNotFound')) throw error;
    }
  }
}
