/** The table operations, which the tables module implements, as engine handlers by DynamoDB's names. */
import { executeTableOperation, TABLE_OPERATION_NAMES, type TableOperationName } from '../tables/execute-table-operation.js';
import type { OperationHandler } from './engine-context.js';

export const TABLE_OPERATIONS: ReadonlyMap<string, OperationHandler> = new Map<string, OperationHandler>(
  [...TABLE_OPERATION_NAMES].map((name) => [name, (context, request) => executeTableOperation(context, name as TableOperationName, request)]),
);
