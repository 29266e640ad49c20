/**
 * The write units of one item write: the table pays for the larger of the old and the new item;
 * each index pays for what changes in it (an entry added or removed: one write of its size; an
 * index key changed: a delete and a put; only projected attributes changed: one put; nothing it
 * projects changed: nothing).
 */
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { itemSize } from '../../values/item-size.js';
import { mapsEqual, valuesEqual } from '../../values/values-equal.js';
import { belongsToIndex, projectedNames, projectItem } from '../store/index-projection.js';
import type { IndexDefinition, TableDefinition } from '../table-definition.js';
import { writeUnits } from './capacity-units.js';
import type { CapacityMeter } from './capacity-meter.js';

export interface SizedItem {
  readonly item: AttributeMap;
  readonly size: number;
}

function indexKeysEqual(index: IndexDefinition, a: AttributeMap, b: AttributeMap): boolean {
  const { partitionKey, sortKey } = index.keySchema;
  if (!valuesEqual(a[partitionKey.name] as AttributeValue, b[partitionKey.name] as AttributeValue)) return false;
  return sortKey === undefined || valuesEqual(a[sortKey.name] as AttributeValue, b[sortKey.name] as AttributeValue);
}

function indexWriteUnits(index: IndexDefinition, definition: TableDefinition, before: AttributeMap | undefined, after: AttributeMap | undefined, transactional: boolean): number {
  const names = projectedNames(index, definition.keySchema);
  const old = before !== undefined && belongsToIndex(index, before) ? projectItem(names, before) : undefined;
  const next = after !== undefined && belongsToIndex(index, after) ? projectItem(names, after) : undefined;
  if (old === undefined && next === undefined) return 0;
  if (old === undefined) return writeUnits(itemSize(next as AttributeMap), transactional);
  if (next === undefined) return writeUnits(itemSize(old), transactional);
  if (!indexKeysEqual(index, old, next)) return writeUnits(itemSize(old), transactional) + writeUnits(itemSize(next), transactional);
  if (mapsEqual(old, next)) return 0;
  return writeUnits(Math.max(itemSize(old), itemSize(next)), transactional);
}

/** Adds one item write (a put, an update or a delete; `after` undefined for a delete) to the meter. */
export function meterWrite(meter: CapacityMeter, before: SizedItem | undefined, after: SizedItem | undefined, transactional = false): void {
  meter.table += writeUnits(Math.max(before?.size ?? 0, after?.size ?? 0), transactional);
  const definition = meter.definition;
  for (const index of [...definition.localIndexes, ...definition.globalIndexes]) {
    const units = indexWriteUnits(index, definition, before?.item, after?.item, transactional);
    if (units > 0) meter.addIndex(index.name, units);
  }
}
