/**
 * TransactGetItems: up to 100 reads, no item twice, all from one consistent state. Each read
 * costs two strongly consistent read units per 4 KB (at least one unit, found or not).
 */
import { SimulatorError, type WireCancellationReason } from '../../simulator-error.js';
import type { TableEntry } from '../../tables/table-entry.js';
import { validateRequestFast } from '../requests/validate-request-fast.js';
import type { AttributeMap } from '../../values/attribute-value.js';
import { itemSize } from '../../values/item-size.js';
import { readUnits } from '../capacity/capacity-units.js';
import { CapacityMeter, capacityMode } from '../capacity/capacity-meter.js';
import type { EngineContext, ValidatedRequest } from '../engine-context.js';
import { checkExpressionParameters, prepareItemExpressions, type PreparedProjection } from '../expressions-bridge.js';
import { responseItem } from '../freeze-item.js';
import { keyFingerprint } from '../keys/key-fingerprint.js';
import { validateKey } from '../keys/table-keys.js';
import { TRANSACT_GET_ITEMS_SHAPE } from '../requests/item-request-shapes.js';
import { itemTable } from '../requests/item-table.js';
import { MULTIPLE_OPERATIONS_ON_ONE_ITEM, NO_REASON, reasonOf, transactionCanceled } from '../transactions/cancellation.js';

interface PlannedGet {
  readonly table: TableEntry;
  readonly projection: PreparedProjection | undefined;
  readonly key: AttributeMap | undefined;
  readonly reason: WireCancellationReason;
}

function planGet(context: EngineContext, action: ValidatedRequest): PlannedGet {
  const get = action['Get'] as ValidatedRequest;
  const table = itemTable(context, 'TransactGet', get);
  checkExpressionParameters('TransactGet', get);
  const { projection } = prepareItemExpressions('TransactGet', get);
  let key: AttributeMap | undefined;
  const reason = reasonOf(() => {
    key = validateKey(table.definition, get['Key']);
    return NO_REASON;
  });
  return { table, projection, key, reason };
}

const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
/** What each item adds to the response size beyond its own size, as DynamoDB Local counts it. */
const ITEM_OVERHEAD_BYTES = 4;

export function transactGetItems(context: EngineContext, raw: unknown): unknown {
  const request = validateRequestFast(raw, TRANSACT_GET_ITEMS_SHAPE);
  // Action by action, as DynamoDB does: its table and expressions, then whether an earlier action named the same item.
  const seen = new Set<string>();
  const gets = (request['TransactItems'] as readonly ValidatedRequest[]).map((action) => {
    const get = planGet(context, action);
    if (get.key !== undefined) {
      const fingerprint = keyFingerprint(get.table.definition, get.key);
      if (seen.has(fingerprint)) throw SimulatorError.validation(MULTIPLE_OPERATIONS_ON_ONE_ITEM);
      seen.add(fingerprint);
    }
    return get;
  });
  if (gets.some((get) => get.reason !== NO_REASON)) throw transactionCanceled(gets.map((get) => get.reason));
  const mode = capacityMode(request['ReturnConsumedCapacity']);
  const meters = new Map<TableEntry, CapacityMeter>();
  let bytes = 0;
  const responses = gets.map((get) => {
    const entry = get.table.store.get(get.key as AttributeMap);
    if (mode !== 'NONE') {
      let meter = meters.get(get.table);
      if (meter === undefined) meters.set(get.table, (meter = new CapacityMeter(get.table.definition)));
      meter.table += readUnits(entry?.size ?? 0, true, true);
    }
    if (entry === undefined) return {};
    const item = get.projection === undefined ? entry.item : get.projection.apply(entry.item);
    // The response counts what it carries: projected items, plus a few bytes each.
    bytes += (item === entry.item ? entry.size : itemSize(item)) + ITEM_OVERHEAD_BYTES;
    // DynamoDB Local's wording, space missing included.
    if (bytes > MAX_RESPONSE_BYTES) throw SimulatorError.validation(`Payload in response is too large.${bytes}`);
    return { Item: responseItem(item) };
  });
  return { ...(mode === 'NONE' ? {} : { ConsumedCapacity: [...meters.values()].map((meter) => meter.render(mode)) }), Responses: responses };
}
