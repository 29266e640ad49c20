/** The table operations, which the tables module implements, by DynamoDB's operation names. */
import { createTable } from '../tables/create-table.js';
import { deleteTable } from '../tables/delete-table.js';
import { describeTable } from '../tables/describe-table.js';
import { listTables } from '../tables/list-tables.js';
import type { OperationHandler } from './engine-context.js';

export const TABLE_OPERATIONS: ReadonlyMap<string, OperationHandler> = new Map<string, OperationHandler>([
  ['CreateTable', createTable],
  ['DeleteTable', deleteTable],
  ['DescribeTable', describeTable],
  ['ListTables', listTables],
]);
