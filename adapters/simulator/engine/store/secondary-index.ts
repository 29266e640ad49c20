/**
 * One secondary index (global or local): the projected copies of the table's items that carry the
 * index's key attributes with the right types (indexes are sparse), partitioned by the index's
 * partition key and ordered by its sort key. Items with equal index keys follow the table's scan
 * order (partition hash, partition key, sort key), so reads are deterministic.
 */
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { itemSize } from '../../values/item-size.js';
import { encodeKeyValue } from '../../values/key-codec.js';
import type { IndexDefinition, KeySchema } from '../table-definition.js';
import { belongsToIndex, indexKeyValue, projectedNames, projectItem } from './index-projection.js';
import { compareKeyValues, partitionHash } from './key-order.js';
import { PartitionedCollection, type Partition, type SizedEntry } from './partitioned-collection.js';
import type { Probe } from './sorted-list.js';

export interface IndexEntry extends SizedEntry {
  readonly indexSortKey: AttributeValue | undefined;
  readonly tableHash: number;
  readonly tableEncoded: string;
  readonly tableSortKey: AttributeValue | undefined;
}

export class SecondaryIndex {
  readonly entries = new PartitionedCollection<IndexEntry>();
  private readonly projectedNames: readonly string[] | undefined;

  constructor(readonly definition: IndexDefinition, private readonly tableKeys: KeySchema) {
    this.projectedNames = projectedNames(definition, tableKeys);
  }

  /** Whether an item, as stored in the table, has a place in this index. */
  includes(item: AttributeMap): boolean {
    return belongsToIndex(this.definition, item);
  }

  add(source: SizedEntry, tablePartition: Partition<SizedEntry>): void {
    const { item, size, binary } = source;
    const { partitionKey, sortKey } = this.definition.keySchema;
    const indexPartitionKey = indexKeyValue(item, partitionKey);
    if (indexPartitionKey === undefined) return;
    const indexSortKey = sortKey === undefined ? undefined : indexKeyValue(item, sortKey);
    if (sortKey !== undefined && indexSortKey === undefined) return;
    const projected = projectItem(this.projectedNames, item);
    const entry: IndexEntry = {
      item: projected,
      size: projected === item ? size : itemSize(projected),
      binary,
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
}
