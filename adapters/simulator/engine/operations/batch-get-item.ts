/**
 * BatchGetItem: up to 100 keys over several tables, each table with its own projection and
 * consistency. Items come back in the order of the keys; past 16 MB of items, the remaining keys
 * are returned as UnprocessedKeys, as DynamoDB does.
 */
import { SimulatorError } from '../../simulator-error.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import type { AttributeMap } from '../../values/attribute-value.js';
import { readUnits } from '../capacity/capacity-units.js';
import { CapacityMeter, capacityMode } from '../capacity/capacity-meter.js';
import type { EngineContext, ValidatedRequest } from '../engine-context.js';
import { checkExpressionParameters, prepareItemExpressions, type PreparedProjection } from '../expressions-bridge.js';
import { responseItem } from '../freeze-item.js';
import { keyFingerprint } from '../keys/key-fingerprint.js';
import { checkScalarKeyPaths, keyFromValues, validateKeyValues } from '../keys/table-keys.js';
import { canonicalNumber } from '../../values/decimal.js';
import { BATCH_GET_ITEM_SHAPE } from '../requests/item-request-shapes.js';
import type { TableEntry } from '../../tables/table-entry.js';

const MAX_KEYS = 100;
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
export const DUPLICATE_KEYS = 'Provided list of item keys contains duplicates';

interface TableRead {
  readonly requestName: string;
  readonly table: TableEntry;
  readonly request: ValidatedRequest;
  readonly keys: readonly AttributeMap[];
  readonly rawKeys: readonly unknown[];
  readonly projection: PreparedProjection | undefined;
  readonly consistent: boolean;
}

/** A key as the request spells it, numbers by value: DynamoDB looks for duplicates before it looks at the tables. */
function rawKeyFingerprint(key: unknown): string {
  if (typeof key !== 'object' || key === null) return String(key);
  const entries = Object.entries(key as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries, (_name, value: unknown) => {
    if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
    if (typeof value === 'object' && value !== null && typeof (value as { N?: unknown }).N === 'string') {
      try {
        return { N: canonicalNumber((value as { N: string }).N) };
      } catch {
        return value;
      }
    }
    return value;
  });
}

function checkNoDuplicateKeys(requestItems: Readonly<Record<string, ValidatedRequest>>): void {
  for (const name in requestItems) {
    const seen = new Set<string>();
    for (const key of requestItems[name]?.['Keys'] as readonly unknown[]) {
      const fingerprint = rawKeyFingerprint(key);
      if (seen.has(fingerprint)) throw SimulatorError.validation(DUPLICATE_KEYS);
      seen.add(fingerprint);
    }
  }
}

/**
 * DynamoDB's order: each table's parameters (expression and non-expression ones mixed), the
 * values of its keys and its expressions; then duplicate keys and their count; only then the
 * tables, so a malformed request is refused even when its tables do not exist. DynamoDB Local
 * looks for duplicate keys before the expressions; DynamoDB does not (architect/dynalite's
 * test/batchGetItem.js, written against DynamoDB, pins it).
 */
function planReads(context: EngineContext, requestItems: Readonly<Record<string, ValidatedRequest>>): TableRead[] {
  // DynamoDB goes through the tables in the order of their names (probed on DynamoDB Local).
  const names = Object.keys(requestItems).sort();
  const checked = names.map((requestName) => {
    const request = requestItems[requestName] as ValidatedRequest;
    checkExpressionParameters('BatchGet', request);
    const rawKeys = request['Keys'] as readonly unknown[];
    const values = rawKeys.map(validateKeyValues);
    return { requestName, request, rawKeys, values, projection: prepareItemExpressions('BatchGet', request).projection };
  });
  checkNoDuplicateKeys(requestItems);
  let total = 0;
  for (const { rawKeys } of checked) total += rawKeys.length;
  if (total > MAX_KEYS) throw SimulatorError.validation('Too many items requested for the BatchGetItem call');
  const reads: TableRead[] = [];
  const seen = new Set<string>();
  for (const { requestName, request, projection, rawKeys, values } of checked) {
    const table = context.catalog.require(requestName);
    const keys = values.map((given) => keyFromValues(table.definition, given));
    for (const key of keys) {
      const fingerprint = keyFingerprint(table.definition, key);
      if (seen.has(fingerprint)) throw SimulatorError.validation(DUPLICATE_KEYS);
      seen.add(fingerprint);
    }
    checkScalarKeyPaths(table.definition, projection?.nestedNames);
    reads.push({ requestName, table, request, keys, rawKeys, projection, consistent: request['ConsistentRead'] === true });
  }
  return reads;
}

function unprocessed(read: TableRead, from: number): Record<string, unknown> {
  const { Keys: _keys, ...rest } = read.request;
  return { ...rest, Keys: read.rawKeys.slice(from) };
}

export function batchGetItem(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, BATCH_GET_ITEM_SHAPE);
  const reads = planReads(context, request['RequestItems'] as Readonly<Record<string, ValidatedRequest>>);
  const mode = capacityMode(request['ReturnConsumedCapacity']);
  const responses: Record<string, AttributeMap[]> = {};
  const unprocessedKeys: Record<string, unknown> = {};
  const capacities: unknown[] = [];
  let bytes = 0;
  for (const read of reads) {
    const items: AttributeMap[] = [];
    const meter = new CapacityMeter(read.table.definition);
    let index = 0;
    for (; index < read.keys.length; index++) {
      if (bytes >= MAX_RESPONSE_BYTES) break;
      const entry = read.table.store.get(read.keys[index] as AttributeMap);
      if (entry === undefined) continue;
      bytes += entry.size;
      meter.table += readUnits(entry.size, read.consistent);
      items.push(responseItem(read.projection === undefined ? entry.item : read.projection.apply(entry.item)));
    }
    if (index < read.keys.length) unprocessedKeys[read.requestName] = unprocessed(read, index);
    responses[read.requestName] = items;
    const rendered = meter.render(mode);
    if (rendered !== undefined) capacities.push(rendered);
  }
  return { Responses: responses, UnprocessedKeys: unprocessedKeys, ...(mode === 'NONE' ? {} : { ConsumedCapacity: capacities }) };
}
