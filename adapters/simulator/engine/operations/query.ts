/** Query: one partition of the table or of an index, in sort-key order, one page at a time. */
import { SimulatorError } from '../../simulator-error.js';
import { itemTable } from '../requests/item-table.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import type { AttributeValue } from '../../values/attribute-value.js';
import { valuesEqual } from '../../values/values-equal.js';
import { capacityMode } from '../capacity/capacity-meter.js';
import type { EngineContext } from '../engine-context.js';
import { checkExpressionParameters, prepareReadExpressions } from '../expressions-bridge.js';
import { sortKeyInRange } from '../item-store.js';
import { checkScalarKeyPaths } from '../keys/table-keys.js';
import { validateExclusiveStartKey } from '../reads/exclusive-start-key.js';
import { readPage } from '../reads/read-page.js';
import { checkConsistentRead, checkSelect, readTarget, requestedIndex } from '../reads/read-target.js';
import { QUERY_SHAPE } from '../requests/item-request-shapes.js';
import { projectedNames } from '../store/index-projection.js';
import type { IndexDefinition } from '../table-definition.js';
import type { TableEntry } from '../../tables/table-entry.js';
import { booleanMember, numberMember } from '../requests/request-members.js';

const NO_KEY_CONDITION = 'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.';
const START_KEY_OUTSIDE = 'The provided starting key does not match the range key predicate';

/** A Query of an index filters what the index holds: every attribute the filter reads must be projected into it. */
function checkFilterProjected(table: TableEntry, index: IndexDefinition | undefined, filterNames: readonly string[] | undefined): void {
  if (index === undefined || filterNames === undefined) return;
  const projected = projectedNames(index, table.definition.keySchema);
  if (projected === undefined) return;
  const missing = filterNames.filter((name) => !projected.includes(name));
  if (missing.length === 0) return;
  throw SimulatorError.validation(`One or more parameter values were invalid: Secondary index ${index.name} does not project one or more filter attributes: [${missing.sort().join(', ')}]`);
}

export function query(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, QUERY_SHAPE);
  const table = itemTable(context, 'Query', request);
  checkExpressionParameters('Query', request);
  // DynamoDB's order of checks (probed on DynamoDB Local): the index, the expressions' syntax and
  // placeholders, a key condition at all, consistency, the key condition against the key schema,
  // paths into key attributes, the starting key, the filter against the key schema, what the
  // index projects for the filter, the starting key against the key condition, then Select.
  const index = requestedIndex(table, request);
  const withoutKeyCondition = request['KeyConditionExpression'] === undefined && request['KeyConditions'] === undefined;
  const definition = table.definition;
  const keySchema = index?.keySchema ?? definition.keySchema;
  const { keyCondition, filter, filterNames, checkFilterKeys, projection } = prepareReadExpressions('Query', request, keySchema, () => {
    // A Query without any key condition is told so once its other expressions parse (probed on DynamoDB Local).
    if (withoutKeyCondition) throw SimulatorError.validation(NO_KEY_CONDITION);
    checkConsistentRead(request, index);
  }, index?.name);
  if (keyCondition === undefined) throw SimulatorError.validation(NO_KEY_CONDITION);
  checkScalarKeyPaths(definition, filter?.nestedNames);
  checkScalarKeyPaths(definition, projection?.nestedNames);
  const startKey = validateExclusiveStartKey(definition, index, request['ExclusiveStartKey']);
  checkFilterKeys?.();
  checkFilterProjected(table, index, filterNames);
  if (startKey !== undefined) {
    const startPartition = startKey[keySchema.partitionKey.name] as AttributeValue;
    const startSort = keySchema.sortKey === undefined ? undefined : startKey[keySchema.sortKey.name];
    if (!valuesEqual(startPartition, keyCondition.partitionKey) || (startSort !== undefined && !sortKeyInRange(startSort, keyCondition.range))) {
      throw SimulatorError.validation(START_KEY_OUTSIDE);
    }
  }
  checkSelect(request);
  const target = readTarget(table, request, index, projection);
  const query = {
    partitionKey: keyCondition.partitionKey,
    forward: booleanMember(request, 'ScanIndexForward') !== false,
    ...(index === undefined ? {} : { indexName: index.name }),
    ...(keyCondition.range === undefined ? {} : { range: keyCondition.range }),
    ...(startKey === undefined ? {} : { exclusiveStartKey: startKey }),
  };
  return readPage({
    table,
    target,
    source: (visit) => { table.store.visitQuery(query, visit); },
    limit: numberMember(request, 'Limit'),
    filter,
    projection,
    consistent: booleanMember(request, 'ConsistentRead') === true,
    capacity: capacityMode(request['ReturnConsumedCapacity']),
  });
}
