/** DescribeTable: the table as it is now (always ACTIVE between requests in the simulator). */
import { validateRequest } from '../validation/check-constraints.js';
import { describeTableState } from './describe-table-state.js';
import type { TableEntry } from './table-entry.js';
import type { TableOperationContext } from './table-operation-context.js';
import { tableNameShape } from './table-shapes.js';

export function describeEntry(context: TableOperationContext, entry: TableEntry): Record<string, unknown> {
  return describeTableState(entry.state, entry.store, { answer: 'describe', tableStatus: 'ACTIVE', now: context.clock.now() });
}

export function describeTable(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const request = validateRequest(input, tableNameShape);
  const entry = context.catalog.requireTable(request['TableName'] as string);
  return { Table: describeEntry(context, entry) };
}
