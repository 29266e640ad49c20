/**
 * One page of a Query or Scan, as DynamoDB reads it: entries in order until Limit entries were
 * read or the next one would take the page past 1 MB (both measured before the filter), the
 * filter and projection applied to what was read, and a LastEvaluatedKey whenever the page
 * stopped early (also when Limit happened to match what was left).
 */
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import type { TableEntry } from '../../tables/table-entry.js';
import { CapacityMeter, type CapacityMode } from '../capacity/capacity-meter.js';
import { readManyUnits, readUnits } from '../capacity/capacity-units.js';
import type { PreparedCondition, PreparedProjection } from '../expressions-bridge.js';
import { responseItem } from '../freeze-item.js';
import type { StoredItem } from '../item-store.js';
import type { ReadTarget } from './read-target.js';

const PAGE_BYTES = 1024 * 1024;

export interface PageRequest {
  readonly table: TableEntry;
  readonly target: ReadTarget;
  /** Visits the entries in order until the visitor returns false. */
  readonly source: (visit: (entry: StoredItem) => boolean) => void;
  readonly limit: number | undefined;
  readonly filter: PreparedCondition | undefined;
  readonly projection: PreparedProjection | undefined;
  readonly consistent: boolean;
  readonly capacity: CapacityMode;
}

export interface Page {
  Items?: AttributeMap[];
  Count: number;
  ScannedCount: number;
  LastEvaluatedKey?: AttributeMap;
  ConsumedCapacity?: unknown;
}

function lastEvaluatedKey(table: TableEntry, target: ReadTarget, item: AttributeMap): AttributeMap {
  const key: Record<string, AttributeValue> = {};
  const { partitionKey, sortKey } = table.definition.keySchema;
  for (const attribute of [partitionKey, sortKey, target.index?.keySchema.partitionKey, target.index?.keySchema.sortKey]) {
    if (attribute !== undefined) key[attribute.name] = item[attribute.name] as AttributeValue;
  }
  return responseItem(key);
}

export function readPage(request: PageRequest): Page {
  const { table, target, filter, projection } = request;
  const limit = request.limit ?? Number.POSITIVE_INFINITY;
  const counting = target.select === 'COUNT';
  const items: AttributeMap[] = [];
  let scanned = 0;
  let count = 0;
  let bytes = 0;
  // Fetches from the table are single-item reads, each paid for on its own.
  let fetchedUnits = 0;
  let last = undefined as StoredItem | undefined;
  let stoppedEarly = false as boolean;
  request.source((entry) => {
    if (scanned >= limit || (scanned > 0 && bytes + entry.size > PAGE_BYTES)) {
      stoppedEarly = true;
      return false;
    }
    scanned += 1;
    bytes += entry.size;
    last = entry;
    let item = entry.item;
    let filtered = item;
    if (target.fetchFromTable || target.fetchForFilter === true) {
      const fetched = table.store.get(item);
      if (fetched !== undefined) {
        filtered = fetched.item;
        if (target.fetchFromTable) item = fetched.item;
        fetchedUnits += readUnits(fetched.size, request.consistent);
      }
    }
    if (filter !== undefined && !filter.evaluate(filtered)) return true;
    count += 1;
    if (counting) return true;
    if (projection !== undefined) items.push(responseItem(projection.apply(item)));
    // The entry knows whether its frozen item needs a copy, which spares reading the item itself.
    else if (item === entry.item && !entry.binary) items.push(item);
    else items.push(responseItem(item));
    return true;
  });
  // Limit reached exactly at the end still reports a LastEvaluatedKey, as DynamoDB does.
  if (!stoppedEarly && scanned >= limit) stoppedEarly = true;
  const page: Page = counting ? { Count: count, ScannedCount: scanned } : { Items: items, Count: count, ScannedCount: scanned };
  if (stoppedEarly && last !== undefined) page.LastEvaluatedKey = lastEvaluatedKey(table, target, last.item);
  if (request.capacity !== 'NONE') {
    const meter = new CapacityMeter(table.definition);
    const units = readManyUnits(bytes, request.consistent);
    if (target.index === undefined) meter.table = units;
    else {
      meter.addIndex(target.index.name, units);
      if (target.fetchFromTable || target.fetchForFilter === true) meter.table = fetchedUnits;
    }
    page.ConsumedCapacity = meter.render(request.capacity);
  }
  return page;
}
