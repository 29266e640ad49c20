/**
 * BatchWriteItem: up to 25 unconditional puts and deletes over several tables, no item twice.
 * Everything is validated before anything is written; the writes then land one by one, in
 * request order (a batch is not a transaction, but nothing here can fail halfway).
 */
import { SimulatorError } from '../../simulator-error.js';
import type { TableEntry } from '../../tables/table-entry.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { itemSize } from '../../values/item-size.js';
import { ITEM_CONTEXT, validateAndCanonicalizeItem } from '../../values/validate-attribute-value.js';
import { CapacityMeter, capacityMode } from '../capacity/capacity-meter.js';
import { meterWrite } from '../capacity/write-capacity.js';
import type { EngineContext, ValidatedRequest } from '../engine-context.js';
import { freezeItem } from '../freeze-item.js';
import { keyFingerprint } from '../keys/key-fingerprint.js';
import { keyFromValues, keyOf, validateItemKeys, validateKeyValues } from '../keys/table-keys.js';
import { BATCH_WRITE_ITEM_SHAPE } from '../requests/item-request-shapes.js';
import { commitWrite } from '../writes/commit-write.js';
import { checkItemSize } from '../writes/item-size-limit.js';
import { itemCollectionMetrics } from '../writes/write-results.js';
import { DUPLICATE_KEYS } from './batch-get-item.js';

const MAX_WRITES = 25;
/** What a batch delete of an item that does not exist costs: two units, as DynamoDB Local charges it. */
const MISSING_ITEM_DELETE_UNITS = 2;
/** DynamoDB Local's wording for a WriteRequest with no request or with both. */
const NOT_ONE_REQUEST = 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes';

interface PlannedBatchWrite {
  readonly table: TableEntry;
  readonly key: AttributeMap;
  /** The item to put (frozen), or undefined for a delete. */
  readonly item: AttributeMap | undefined;
  readonly size: number;
}

/** What a request says once its values are checked, before any table is looked at. */
interface CheckedRequest {
  /** The item of a put, or the key of a delete, canonical. */
  readonly values: AttributeMap;
  readonly put: boolean;
  readonly size: number;
}

/**
 * The values of a request: every request of the batch has them checked (and a put's item its
 * size) before anything else, even before DynamoDB looks for the tables.
 */
function checkedValues(raw: ValidatedRequest): CheckedRequest {
  const put = raw['PutRequest'] as ValidatedRequest | undefined | null;
  const remove = raw['DeleteRequest'] as ValidatedRequest | undefined | null;
  if ((put === undefined || put === null) === (remove === undefined || remove === null)) throw SimulatorError.validation(NOT_ONE_REQUEST);
  if (remove !== undefined && remove !== null) return { values: validateKeyValues(remove['Key']), put: false, size: 0 };
  const item = validateAndCanonicalizeItem((put as ValidatedRequest)['Item'], ITEM_CONTEXT);
  const size = itemSize(item);
  checkItemSize(size);
  return { values: item, put: true, size };
}

function planWrite(table: TableEntry, checked: CheckedRequest): PlannedBatchWrite {
  const definition = table.definition;
  if (!checked.put) return { table, key: keyFromValues(definition, checked.values), item: undefined, size: 0 };
  const item = checked.values;
  validateItemKeys(definition, item);
  return { table, key: keyOf(definition, item), item: freezeItem(item), size: checked.size };
}

function planWrites(context: EngineContext, requestItems: Readonly<Record<string, readonly ValidatedRequest[]>>): PlannedBatchWrite[] {
  let total = 0;
  for (const name in requestItems) total += (requestItems[name] as readonly unknown[]).length;
  if (total > MAX_WRITES) throw SimulatorError.validation('Too many items requested for the BatchWriteItem call');
  const writes: PlannedBatchWrite[] = [];
  // DynamoDB goes through the tables in the order of their names: first the values (and item
  // sizes) of every request, then request by request its keys and index keys and whether an
  // earlier request named the same item (probed on DynamoDB Local).
  const tableNames = Object.keys(requestItems).sort();
  const checked = tableNames.map((tableName) => (requestItems[tableName] as readonly ValidatedRequest[]).map(checkedValues));
  const seen = new Set<string>();
  for (const [position, tableName] of tableNames.entries()) {
    const table = context.catalog.require(tableName);
    for (const request of checked[position] as readonly CheckedRequest[]) {
      const write = planWrite(table, request);
      const fingerprint = keyFingerprint(table.definition, write.key);
      if (seen.has(fingerprint)) throw SimulatorError.validation(DUPLICATE_KEYS);
      seen.add(fingerprint);
      writes.push(write);
    }
  }
  return writes;
}

export function batchWriteItem(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, BATCH_WRITE_ITEM_SHAPE);
  const writes = planWrites(context, request['RequestItems'] as Readonly<Record<string, readonly ValidatedRequest[]>>);
  const mode = capacityMode(request['ReturnConsumedCapacity']);
  const meters = new Map<TableEntry, CapacityMeter>();
  const metrics = new Map<string, unknown[]>();
  for (const write of writes) {
    const before = write.table.store.get(write.key);
    commitWrite(context, { table: write.table, before, after: write.item, afterSize: write.size });
    if (mode !== 'NONE') {
      let meter = meters.get(write.table);
      if (meter === undefined) meters.set(write.table, (meter = new CapacityMeter(write.table.definition)));
      if (write.item === undefined && before === undefined) meter.table += MISSING_ITEM_DELETE_UNITS;
      else meterWrite(meter, before, write.item === undefined ? undefined : { item: write.item, size: write.size });
    }
    const partitionKey = write.key[write.table.definition.keySchema.partitionKey.name] as AttributeValue;
    const metric = itemCollectionMetrics(request, write.table.store, partitionKey);
    if (metric !== undefined) {
      const name = write.table.definition.name;
      metrics.set(name, [...(metrics.get(name) ?? []), metric]);
    }
  }
  const response: Record<string, unknown> = { UnprocessedItems: {} };
  if (mode !== 'NONE') response['ConsumedCapacity'] = [...meters.values()].map((meter) => meter.render(mode));
  if (metrics.size > 0) response['ItemCollectionMetrics'] = Object.fromEntries(metrics);
  return response;
}
