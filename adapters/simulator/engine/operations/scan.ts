/**
 * Scan: the whole table or index in scan order (partitions by hash, then key order), or one
 * segment of a parallel scan, one page at a time.
 */
import { SimulatorError } from '../../simulator-error.js';
import { itemTable } from '../requests/item-table.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import type { AttributeValue } from '../../values/attribute-value.js';
import { encodeKeyValue } from '../../values/key-codec.js';
import { capacityMode } from '../capacity/capacity-meter.js';
import type { EngineContext } from '../engine-context.js';
import { checkExpressionParameters, prepareReadExpressions } from '../expressions-bridge.js';
import { checkScalarKeyPaths } from '../keys/table-keys.js';
import { validateExclusiveStartKey } from '../reads/exclusive-start-key.js';
import { readPage } from '../reads/read-page.js';
import { checkAllAttributesFromIndex, checkConsistentRead, checkSelect, readTarget, requestedIndex, withFilterFetch, type ReadTarget } from '../reads/read-target.js';
import { SCAN_SHAPE } from '../requests/item-request-shapes.js';
import { booleanMember, numberMember } from '../requests/request-members.js';
import { partitionHash, segmentOf } from '../store/key-order.js';

function segmentOfRequest(request: Readonly<Record<string, unknown>>): { readonly segment: number; readonly totalSegments: number } | undefined {
  const segment = numberMember(request, 'Segment');
  const totalSegments = numberMember(request, 'TotalSegments');
  if (totalSegments !== undefined && segment === undefined) {
    throw SimulatorError.validation('If total segments is specified, a particular segment must also be specified for this request');
  }
  if (segment !== undefined && totalSegments === undefined) throw SimulatorError.validation('If segment is specified, total segment must also be specified');
  if (segment === undefined || totalSegments === undefined) return undefined;
  if (segment >= totalSegments) {
    throw SimulatorError.validation(`1 validation error detected: Value '${segment}' at 'segment' failed to satisfy constraint: Member must have value less than or equal to ${totalSegments - 1}`);
  }
  return { segment, totalSegments };
}

export function scan(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, SCAN_SHAPE);
  const table = itemTable(context, 'Scan', request);
  // DynamoDB's order of checks (probed on DynamoDB Local): the index, consistency, the expressions, the
  // starting key, Select, the segments, then what the index projects (before the segments when
  // Select is given).
  const index = requestedIndex(table, request);
  checkConsistentRead(request, index);
  checkExpressionParameters('Scan', request);
  const definition = table.definition;
  const { filter, filterNames, projection } = prepareReadExpressions('Scan', request, undefined);
  checkScalarKeyPaths(definition, filter?.nestedNames);
  checkScalarKeyPaths(definition, projection?.nestedNames);
  const startKey = validateExclusiveStartKey(definition, index, request['ExclusiveStartKey']);
  checkSelect(request);
  checkAllAttributesFromIndex(table, request, index);
  // With Select given, what the index projects is judged with it, before the segments; without
  // Select, after them (probed on DynamoDB Local).
  const resolveTarget = (): ReadTarget => withFilterFetch(table, readTarget(table, request, index, projection), filterNames);
  const selected = request['Select'] === undefined ? undefined : resolveTarget();
  const segment = segmentOfRequest(request);
  const target = selected ?? resolveTarget();
  if (startKey !== undefined && segment !== undefined) {
    const partitionKey = startKey[target.keySchema.partitionKey.name] as AttributeValue;
    if (segmentOf(partitionHash(encodeKeyValue(partitionKey)), segment.totalSegments) !== segment.segment) {
      throw SimulatorError.validation('Exclusive start key must lie within the segment');
    }
  }
  const entries = table.store.scan({
    ...(index === undefined ? {} : { indexName: index.name }),
    ...(startKey === undefined ? {} : { exclusiveStartKey: startKey }),
    ...(segment === undefined ? {} : { segment }),
  });
  return readPage({
    table,
    target,
    source: (visit) => {
      for (const entry of entries) if (!visit(entry)) return;
    },
    limit: numberMember(request, 'Limit'),
    filter,
    projection,
    consistent: booleanMember(request, 'ConsistentRead') === true,
    capacity: capacityMode(request['ReturnConsumedCapacity']),
  });
}
