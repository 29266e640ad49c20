/**
 * ListTables: names in byte order, at most Limit (default and maximum 100) per page, starting
 * after ExclusiveStartTableName (which need not exist). LastEvaluatedTableName is the last name
 * of a full page unless that name is the last table, exactly as DynamoDB pages.
 */
import { validateRequest } from '../validation/check-constraints.js';
import type { TableOperationContext } from './table-operation-context.js';
import { listTablesShape } from './table-shapes.js';

const PAGE = 100;

function firstAfter(names: readonly string[], start: string): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((names[middle] ?? '') <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function listTables(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const request = validateRequest(input, listTablesShape);
  const start = request['ExclusiveStartTableName'];
  const limit = typeof request['Limit'] === 'number' ? Math.trunc(request['Limit']) : PAGE;
  const names = context.catalog.names();
  const from = typeof start === 'string' ? firstAfter(names, start) : 0;
  const page = names.slice(from, from + limit);
  const last = page.at(-1);
  const more = from + page.length < names.length;
  return { TableNames: page, ...(more && last !== undefined ? { LastEvaluatedTableName: last } : {}) };
}
