/**
 * The entry point of the engine's dispatcher for table operations: runs one operation on wire
 * JSON and answers wire JSON (dates as epoch seconds), or throws SimulatorError.
 */
import { deleteTable } from './delete-table.js';
import { describeTable } from './describe-table.js';
import { createTable } from './create-table.js';
import { describeContinuousBackups, updateContinuousBackups } from './continuous-backups.js';
import { listTables } from './list-tables.js';
import type { TableOperationContext } from './table-operation-context.js';
import { listTagsOfResource, tagResource, untagResource } from './tagging.js';
import { describeTimeToLive, updateTimeToLive } from './time-to-live.js';
import { updateTable } from './update-table.js';

type TableOperation = (context: TableOperationContext, request: unknown) => Record<string, unknown>;

const OPERATIONS = {
  CreateTable: createTable,
  DeleteTable: deleteTable,
  DescribeTable: describeTable,
  ListTables: listTables,
  UpdateTable: updateTable,
  UpdateTimeToLive: updateTimeToLive,
  DescribeTimeToLive: describeTimeToLive,
  UpdateContinuousBackups: updateContinuousBackups,
  DescribeContinuousBackups: describeContinuousBackups,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsOfResource: listTagsOfResource,
} as const satisfies Record<string, TableOperation>;

export type TableOperationName = keyof typeof OPERATIONS;

export const TABLE_OPERATION_NAMES: ReadonlySet<string> = new Set(Object.keys(OPERATIONS));

export function isTableOperation(operation: string): operation is TableOperationName {
  return TABLE_OPERATION_NAMES.has(operation);
}

export function executeTableOperation(context: TableOperationContext, operation: TableOperationName, request: unknown): Record<string, unknown> {
  return OPERATIONS[operation](context, request);
}
