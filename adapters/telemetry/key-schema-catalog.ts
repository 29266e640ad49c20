/**
 * Which attributes of a key are the partition and the sort key, per table and index, so that
 * spans can carry `pk` and `sk`. A key in the document shape is just attribute names to values;
 * the catalog learns the schema from CreateTable and DescribeTable as they pass, and takes any
 * schema the caller configures.
 */
import type { OperationName } from '../../ports/dynamo-db-operations.js';
import type { KeySchemaElement } from '../../ports/dynamo-db-table-types.js';

export interface KeyAttributes {
  readonly partitionKey: string;
  readonly sortKey?: string | undefined;
}

interface IndexedSchema {
  readonly KeySchema?: readonly KeySchemaElement[] | undefined;
  readonly IndexName?: string | undefined;
}

interface TableShape {
  readonly TableName?: string | undefined;
  readonly KeySchema?: readonly KeySchemaElement[] | undefined;
  readonly GlobalSecondaryIndexes?: readonly IndexedSchema[] | undefined;
  readonly LocalSecondaryIndexes?: readonly IndexedSchema[] | undefined;
}

function attributesOf(schema: readonly KeySchemaElement[] | undefined): KeyAttributes | undefined {
  const partitionKey = schema?.find((element) => element.KeyType === 'HASH')?.AttributeName;
  if (partitionKey === undefined) return undefined;
  return { partitionKey, sortKey: schema?.find((element) => element.KeyType === 'RANGE')?.AttributeName };
}

export class KeySchemaCatalog {
  readonly #schemas = new Map<string, KeyAttributes>();

  constructor(configured: Readonly<Record<string, KeyAttributes>> = {}) {
    for (const [table, attributes] of Object.entries(configured)) this.#schemas.set(table, attributes);
  }

  /** The key attributes of a table, or of one of its indexes. */
  of(table: string, index?: string): KeyAttributes | undefined {
    return this.#schemas.get(index === undefined ? table : `${table}\u0000${index}`);
  }

  learn(operation: OperationName, input: unknown, output: unknown): void {
    if (operation === 'CreateTable') this.#learnTable(input as TableShape);
    else if (operation === 'DescribeTable') this.#learnTable((output as { Table?: TableShape }).Table);
    else if (operation === 'DeleteTable') this.#forget((input as { TableName: string }).TableName);
  }

  #learnTable(table: TableShape | undefined): void {
    const name = table?.TableName;
    if (name === undefined) return;
    const own = attributesOf(table?.KeySchema);
    if (own !== undefined) this.#schemas.set(name, own);
    for (const index of [...(table?.GlobalSecondaryIndexes ?? []), ...(table?.LocalSecondaryIndexes ?? [])]) {
      const attributes = attributesOf(index.KeySchema);
      if (attributes !== undefined && index.IndexName !== undefined) this.#schemas.set(`${name}\u0000${index.IndexName}`, attributes);
    }
  }

  #forget(table: string): void {
    for (const key of [...this.#schemas.keys()]) if (key === table || key.startsWith(`${table}\u0000`)) this.#schemas.delete(key);
  }
}
