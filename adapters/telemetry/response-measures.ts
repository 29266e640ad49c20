/**
 * What a response says that metrics count: capacity consumed, items returned and items left
 * unprocessed, per table. Reads only the fields DynamoDB defines for each operation.
 */
import type { ConsumedCapacity } from '../../ports/dynamo-db-common-types.js';
import type { OperationName, OutputOf } from '../../ports/dynamo-db-operations.js';

export interface PerTable {
  readonly table: string;
  readonly count: number;
}

function capacityUnits(capacity: ConsumedCapacity): number {
  return capacity.CapacityUnits ?? (capacity.ReadCapacityUnits ?? 0) + (capacity.WriteCapacityUnits ?? 0);
}

/** Consumed capacity units per table; empty unless the request asked for ReturnConsumedCapacity. */
export function consumedCapacity(output: unknown, fallbackTable: string): PerTable[] {
  const reported = (output as { ConsumedCapacity?: ConsumedCapacity | readonly ConsumedCapacity[] }).ConsumedCapacity;
  if (reported === undefined) return [];
  const entries: readonly ConsumedCapacity[] = Array.isArray(reported) ? reported : [reported as ConsumedCapacity];
  return entries.map((entry) => ({ table: entry.TableName ?? fallbackTable, count: capacityUnits(entry) }));
}

/** Items a read returned, per table; undefined for operations that return no items. */
export function itemsReturned(operation: OperationName, output: unknown, table: string): PerTable[] | undefined {
  switch (operation) {
    case 'GetItem':
      return [{ table, count: (output as OutputOf<'GetItem'>).Item === undefined ? 0 : 1 }];
    case 'Query':
    case 'Scan':
      return [{ table, count: (output as OutputOf<'Query'>).Count }];
    case 'BatchGetItem':
      return Object.entries((output as OutputOf<'BatchGetItem'>).Responses ?? {}).map(([name, items]) => ({ table: name, count: items.length }));
    case 'TransactGetItems':
      return [{ table, count: ((output as OutputOf<'TransactGetItems'>).Responses ?? []).filter((response) => response.Item !== undefined).length }];
    default:
      return undefined;
  }
}

/** Requests DynamoDB left unprocessed, per table (BatchWriteItem items, BatchGetItem keys). */
export function unprocessed(operation: OperationName, output: unknown): PerTable[] {
  if (operation === 'BatchWriteItem') {
    return Object.entries((output as OutputOf<'BatchWriteItem'>).UnprocessedItems ?? {}).map(([table, writes]) => ({ table, count: writes.length })).filter(({ count }) => count > 0);
  }
  if (operation === 'BatchGetItem') {
    return Object.entries((output as OutputOf<'BatchGetItem'>).UnprocessedKeys ?? {}).map(([table, keys]) => ({ table, count: keys.Keys.length })).filter(({ count }) => count > 0);
  }
  return [];
}
