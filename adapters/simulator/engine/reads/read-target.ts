/**
 * What a Query or Scan reads: the table or one of its indexes, with the key schema that orders
 * it, what Select resolves to, and whether items must be fetched from the table (a local index
 * asked for attributes it does not project).
 */
import { SimulatorError } from '../../simulator-error.js';
import type { TableEntry } from '../../tables/table-entry.js';
import type { ValidatedRequest } from '../engine-context.js';
import type { PreparedProjection } from '../expressions-bridge.js';
import { javaHashSetOrder } from '../../tables/java-hash-set-order.js';
import { projectedNames } from '../store/index-projection.js';
import type { IndexDefinition, KeySchema } from '../table-definition.js';

export type SelectValue = 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT';

export interface ReadTarget {
  readonly index: IndexDefinition | undefined;
  /** The key schema the read is ordered by: the index's, or the table's. */
  readonly keySchema: KeySchema;
  readonly select: SelectValue;
  /** A local index read that needs attributes only the table has. */
  readonly fetchFromTable: boolean;
  /**
   * A Scan of a local index whose filter reads attributes the index does not project: the filter
   * sees the table's item, the answer keeps the index's attributes (probed on DynamoDB Local; a
   * Query refuses such a filter instead).
   */
  readonly fetchForFilter?: boolean;
}

/** The index a read names, or ValidationException when the table has no such index. */
export function requestedIndex(table: TableEntry, request: ValidatedRequest): IndexDefinition | undefined {
  const indexName = request['IndexName'];
  if (typeof indexName !== 'string') return undefined;
  const index = table.store.index(indexName);
  if (index === undefined) throw SimulatorError.validation(`The table does not have the specified index: ${indexName}`);
  return index;
}

/** The checks of Select against the projection parameters, which need no table. */
export function checkSelect(request: ValidatedRequest): void {
  const select = request['Select'];
  const projectionParameter = request['ProjectionExpression'] !== undefined ? 'ProjectionExpression' : request['AttributesToGet'] !== undefined ? 'AttributesToGet' : undefined;
  if (select === 'COUNT' && projectionParameter !== undefined) {
    throw SimulatorError.validation(`Cannot specify the ${projectionParameter} when choosing to get only the Count`);
  }
  if (select === 'ALL_ATTRIBUTES' && projectionParameter !== undefined) {
    throw SimulatorError.validation(`Cannot specify the ${projectionParameter} when choosing to get ALL_ATTRIBUTES`);
  }
  if (select === 'SPECIFIC_ATTRIBUTES' && projectionParameter === undefined) {
    throw SimulatorError.validation('Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES');
  }
  if (select === 'ALL_PROJECTED_ATTRIBUTES' && projectionParameter !== undefined) {
    throw SimulatorError.validation(`Cannot specify the ${projectionParameter} when choosing to get ALL_PROJECTED_ATTRIBUTES`);
  }
  if (select === 'ALL_PROJECTED_ATTRIBUTES' && request['IndexName'] === undefined) {
    throw SimulatorError.validation('ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName');
  }
}

export function checkConsistentRead(request: ValidatedRequest, index: IndexDefinition | undefined): void {
  if (index?.kind === 'global' && request['ConsistentRead'] === true) {
    throw SimulatorError.validation('Consistent reads are not supported on global secondary indexes');
  }
}

/** ALL_ATTRIBUTES from a global index that does not project them all (a Scan checks this before its segments). */
export function checkAllAttributesFromIndex(table: TableEntry, request: ValidatedRequest, index: IndexDefinition | undefined): void {
  if (index?.kind !== 'global' || request['Select'] !== 'ALL_ATTRIBUTES' || projectedNames(index, table.definition.keySchema) === undefined) return;
  throw SimulatorError.validation(`One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index ${index.name} because its projection type is not ALL`);
}

/** Resolves Select and decides where attributes come from, once the projection is known. */
export function readTarget(table: TableEntry, request: ValidatedRequest, index: IndexDefinition | undefined, projection: PreparedProjection | undefined): ReadTarget {
  const given = request['Select'] as SelectValue | undefined;
  const select: SelectValue = given ?? (projection !== undefined ? 'SPECIFIC_ATTRIBUTES' : index !== undefined ? 'ALL_PROJECTED_ATTRIBUTES' : 'ALL_ATTRIBUTES');
  if (index === undefined) return { index, keySchema: table.definition.keySchema, select, fetchFromTable: false };
  checkAllAttributesFromIndex(table, request, index);
  const names = projectedNames(index, table.definition.keySchema);
  let fetchFromTable = false;
  if (select === 'ALL_ATTRIBUTES' && names !== undefined) fetchFromTable = true;
  if (projection !== undefined && names !== undefined) {
    const missing = projection.topLevelNames.filter((name) => !names.includes(name));
    if (missing.length > 0) {
      if (index.kind === 'global') {
        // DynamoDB fills this set from the names in descending order, which decides the order of
        // names that share a hash bucket (probed on DynamoDB Local).
        const names = javaHashSetOrder([...missing].sort().reverse());
        throw SimulatorError.validation(`One or more parameter values were invalid: Global secondary index ${index.name} does not project [${names.join(', ')}]`);
      }
      fetchFromTable = true;
    }
  }
  return { index, keySchema: index.keySchema, select, fetchFromTable };
}

/** Marks a Scan of a local index whose filter needs attributes only the table has. */
export function withFilterFetch(table: TableEntry, target: ReadTarget, filterNames: readonly string[] | undefined): ReadTarget {
  if (target.index?.kind !== 'local' || target.fetchFromTable || filterNames === undefined) return target;
  const projected = projectedNames(target.index, table.definition.keySchema);
  if (projected === undefined || filterNames.every((name) => projected.includes(name))) return target;
  return { ...target, fetchForFilter: true };
}
