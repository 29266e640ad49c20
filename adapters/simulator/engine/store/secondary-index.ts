/**
 * One secondary index (global or local): the projected copies of the table's items that carry the
 * index's key attributes with the right types (indexes are sparse), partitioned by the index's
 * partition key and ordered by its sort key. Items with equal index keys follow the table's scan
 * order (partition hash, partition key, sort key), so reads are deterministic.
 */
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { itemSize } from '../../values/item-size.js';
import { encodeKeyValue } from '../../values/key-codec.js';
import type { IndexDefinition, KeyAttribute, KeySchema } from '../table-definition.js';
import { compareKeyValues, partitionHash } from './key-order.js';
import { PartitionedCollection, type Partition, type SizedEntry } from './partitioned-collection.js';
import type { Probe } from './sorted-list.js';

export interface IndexEntry extends SizedEntry {
  readonly indexSortKey: AttributeValue | undefined;
  readonly tableHash: number;
  readonly tableEncoded: string;
  readonly tableSortKey: AttributeValue | undefined;
}

/** The index key value of an item, or undefined when the item lacks it or has another type. */
export function indexKeyValue(item: AttributeMap, attribute: KeyAttribute): AttributeValue | undefined {
  const value = item[attribute.name];
  return value !== undefined && attribute.type in value ? value : undefined;
}

export class SecondaryIndex {
  readonly entries = new PartitionedCollection<IndexEntry>();
  private readonly projectedNames: readonly string[] | undefined;

  constructor(readonly definition: IndexDefinition, private readonly tableKeys: KeySchema) {
    const { projection, keySchema } = definition;
    if (projection.type === 'ALL') {
      this.projectedNames = undefined;
    } else {
      const names = new Set<string>([tableKeys.partitionKey.name, keySchema.partitionKey.name]);
      if (tableKeys.sortKey !== undefined) names.add(tableKeys.sortKey.name);
      if (keySchema.sortKey !== undefined) names.add(keySchema.sortKey.name);
      if (projection.type === 'INCLUDE') for (const name of projection.nonKeyAttributes) names.add(name);
      this.projectedNames = [...names];
    }
  }

  /** Whether an item, as stored in the table, has a place in this index. */
  includes(item: AttributeMap): boolean {
    const { partitionKey, sortKey } = this.definition.keySchema;
    return indexKeyValue(item, partitionKey) !== undefined && (sortKey === undefined || indexKeyValue(item, sortKey) !== undefined);
  }

  add(item: AttributeMap, size: number, tablePartition: Partition<SizedEntry>): void {
    const { partitionKey, sortKey } = this.definition.keySchema;
    const indexPartitionKey = indexKeyValue(item, partitionKey);
    if (indexPartitionKey === undefined) return;
    const indexSortKey = sortKey === undefined ? undefined : indexKeyValue(item, sortKey);
    if (sortKey !== undefined && indexSortKey === undefined) return;
    const projected = this.project(item);
    const entry: IndexEntry = {
      item: projected,
      size: projected === item ? size : itemSize(projected),
      indexSortKey,
      tableHash: tablePartition.hash,
      tableEncoded: tablePartition.encoded,
      tableSortKey: this.tableKeys.sortKey === undefined ? undefined : item[this.tableKeys.sortKey.name],
    };
    this.entries.upsert(indexPartitionKey, this.probe(item), entry);
  }

  remove(item: AttributeMap): void {
    const indexPartitionKey = indexKeyValue(item, this.definition.keySchema.partitionKey);
    if (indexPartitionKey === undefined || !this.includes(item)) return;
    this.entries.remove(indexPartitionKey, this.probe(item));
  }

  /**
   * Where an item (or an ExclusiveStartKey: index keys plus table keys) sits in its index
   * partition: negative for entries before it.
   */
  probe(keys: AttributeMap): Probe<IndexEntry> {
    const { sortKey } = this.definition.keySchema;
    const indexSortKey = sortKey === undefined ? undefined : keys[sortKey.name];
    const tablePartitionKey = keys[this.tableKeys.partitionKey.name] as AttributeValue;
    const tableEncoded = encodeKeyValue(tablePartitionKey);
    const tableHash = partitionHash(tableEncoded);
    const tableSortKey = this.tableKeys.sortKey === undefined ? undefined : keys[this.tableKeys.sortKey.name];
    return (entry) => {
      if (indexSortKey !== undefined && entry.indexSortKey !== undefined) {
        const bySortKey = compareKeyValues(entry.indexSortKey, indexSortKey);
        if (bySortKey !== 0) return bySortKey;
      }
      if (entry.tableHash !== tableHash) return entry.tableHash < tableHash ? -1 : 1;
      if (entry.tableEncoded !== tableEncoded) return entry.tableEncoded < tableEncoded ? -1 : 1;
      if (tableSortKey === undefined || entry.tableSortKey === undefined) return 0;
      return compareKeyValues(entry.tableSortKey, tableSortKey);
    };
  }

  private project(item: AttributeMap): AttributeMap {
    if (this.projectedNames === undefined) return item;
    const projected: Record<string, AttributeValue> = {};
    for (const name of this.projectedNames) {
      const value = item[name];
      if (value !== undefined) projected[name] = value;
    }
    return Object.freeze(projected);
  }
}
