/**
 * ensureTables: every spec's table created or brought up to its spec (see ensure-table.ts), all
 * tables at once, since DynamoDB creates tables in parallel and each takes seconds.
 */
import type { TableSpec } from '../../domain/tables/table-spec.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { ensureTable, type TableEnsureResult } from './ensure-table.js';
import { tableNamesFor, type TableNameOptions } from './table-names.js';
import type { WaitOptions } from './wait-for-table.js';

export interface EnsureTablesOptions extends TableNameOptions, WaitOptions {}

/**
 * One result per spec, in the order of the specs. If a table fails, the others still finish
 * before the first failure is thrown, so that no request is left running behind the caller.
 */
export async function ensureTables(port: DynamoDbPort, specs: readonly TableSpec[], options: EnsureTablesOptions = {}): Promise<readonly TableEnsureResult[]> {
  const names = tableNamesFor(specs, options);
  const settled = await Promise.allSettled(specs.map((spec) => ensureTable(port, spec, names.get(spec.id) ?? spec.tableName.default, options)));
  const results: TableEnsureResult[] = [];
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason;
    results.push(outcome.value);
  }
  return Object.freeze(results);
}
