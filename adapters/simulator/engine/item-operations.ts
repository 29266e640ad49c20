/** The item operations of the engine, by DynamoDB's operation names. */
import type { OperationHandler } from './engine-context.js';
import { batchGetItem } from './operations/batch-get-item.js';
import { batchWriteItem } from './operations/batch-write-item.js';
import { deleteItem } from './operations/delete-item.js';
import { getItem } from './operations/get-item.js';
import { putItem } from './operations/put-item.js';
import { query } from './operations/query.js';
import { scan } from './operations/scan.js';
import { transactGetItems } from './operations/transact-get-items.js';
import { transactWriteItems } from './operations/transact-write-items.js';
import { updateItem } from './operations/update-item.js';

export const ITEM_OPERATIONS: ReadonlyMap<string, OperationHandler> = new Map<string, OperationHandler>([
  ['GetItem', getItem],
  ['PutItem', putItem],
  ['UpdateItem', updateItem],
  ['DeleteItem', deleteItem],
  ['Query', query],
  ['Scan', scan],
  ['BatchGetItem', batchGetItem],
  ['BatchWriteItem', batchWriteItem],
  ['TransactGetItems', transactGetItems],
  ['TransactWriteItems', transactWriteItems],
]);
