/**
 * verifyTable: what the endpoint reports about a table (DescribeTable, DescribeTimeToLive,
 * DescribeContinuousBackups, and ListTagsOfResource when the spec has tags) against its spec, as a
 * list of every drift; a tag the spec names that is missing or has another value is a drift
 * (`tags.<key>`), tags the spec does not name are not. Settings the endpoint
 * cannot report are listed as unverifiable with the reason; a missing table is one drift.
 */
import type { TableSpec } from '../../domain/tables/table-spec.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { compareKeysAndIndexes } from './compare-indexes.js';
import { compareSettings } from './compare-settings.js';
import { observeTable, type ObservedTable } from './observe-table.js';
import { drift, type TableVerification } from './table-drift.js';
import { tableNamesFor, type TableNameOptions } from './table-names.js';

export interface VerifyOptions {
  /**
   * Whether the endpoint describes every setting, as DynamoDB does (see CompareOptions). By
   * default it is taken to, unless it lacks the point-in-time recovery API as DynamoDB Local does.
   */
  readonly completeDescriptions?: boolean | undefined;
}

/** The comparison alone, for a table already observed. */
export function compareTable(spec: TableSpec, tableName: string, observed: ObservedTable | undefined, options: VerifyOptions = {}): TableVerification {
  if (observed === undefined) {
    return Object.freeze({ specId: spec.id, tableName, exists: false, drift: Object.freeze([drift('table', 'present', 'absent')]), unverifiable: Object.freeze([]) });
  }
  const lacksBackupsApi = !observed.continuousBackups.available && observed.continuousBackups.unsupported;
  const settings = compareSettings(spec, observed, { completeDescriptions: options.completeDescriptions ?? !lacksBackupsApi });
  return Object.freeze({
    specId: spec.id,
    tableName,
    exists: true,
    drift: Object.freeze([...compareKeysAndIndexes(spec, observed.table), ...settings.drift]),
    unverifiable: Object.freeze(settings.unverifiable),
  });
}

export async function verifyTable(port: DynamoDbPort, spec: TableSpec, tableName: string, options: VerifyOptions = {}): Promise<TableVerification> {
  return compareTable(spec, tableName, await observeTable(port, tableName, { tags: spec.tags.length > 0 }), options);
}

export interface VerifyTablesOptions extends TableNameOptions, VerifyOptions {}

/** One verification per spec, in the order of the specs. */
export async function verifyTables(port: DynamoDbPort, specs: readonly TableSpec[], options: VerifyTablesOptions = {}): Promise<readonly TableVerification[]> {
  const names = tableNamesFor(specs, options);
  return Object.freeze(await Promise.all(specs.map((spec) => verifyTable(port, spec, names.get(spec.id) ?? spec.tableName.default, options))));
}
