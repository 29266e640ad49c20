/**
 * The items of one table and of its secondary indexes. The store keeps what it is given and never
 * changes it: callers hand over items they will not mutate (the engine stores frozen, validated
 * values) and may share what they read. It does no DynamoDB validation; the engine validates keys,
 * types and sizes before it writes.
 */
import type { AttributeMap, AttributeValue } from '../values/attribute-value.js';
import { itemSize } from '../values/item-size.js';
import { holdsBinary } from './freeze-item.js';
import type { IndexDefinition, TableDefinition } from './table-definition.js';
import { compareKeyValues, compareToPrefix } from './store/key-order.js';
import { PartitionedCollection, type SizedEntry } from './store/partitioned-collection.js';
import { SecondaryIndex, type IndexEntry } from './store/secondary-index.js';
import type { Probe } from './store/sorted-list.js';

/** An item as stored (or as projected into an index) with its DynamoDB size in bytes. */
export type StoredItem = SizedEntry;

export interface IndexStats {
  readonly itemCount: number;
  readonly sizeBytes: number;
}

export interface RangeBound {
  readonly value: AttributeValue;
  readonly inclusive: boolean;
}

/** A sort-key condition: bounds (=, <, <=, >, >=, BETWEEN) and/or a prefix (begins_with). */
export interface SortKeyRange {
  readonly lower?: RangeBound;
  readonly upper?: RangeBound;
  readonly prefix?: AttributeValue;
}

export interface PartitionQuery {
  /** Absent for the table itself. */
  readonly indexName?: string;
  readonly partitionKey: AttributeValue;
  readonly range?: SortKeyRange;
  /** ScanIndexForward. */
  readonly forward: boolean;
  /** Resume after this key (table keys, plus the index keys for an index). */
  readonly exclusiveStartKey?: AttributeMap;
}

export interface ScanRequest {
  readonly indexName?: string;
  readonly exclusiveStartKey?: AttributeMap;
  readonly segment?: { readonly segment: number; readonly totalSegments: number };
}

const EMPTY_STATS: IndexStats = Object.freeze({ itemCount: 0, sizeBytes: 0 });

export class ItemStore {
  private current: TableDefinition;
  private readonly table = new PartitionedCollection<StoredItem>();
  private indexes = new Map<string, SecondaryIndex>();

  constructor(definition: TableDefinition) {
    this.current = definition;
    for (const index of [...definition.localIndexes, ...definition.globalIndexes]) {
      this.indexes.set(index.name, new SecondaryIndex(index, definition.keySchema));
    }
  }

  get definition(): TableDefinition {
    return this.current;
  }

  get itemCount(): number {
    return this.table.itemCount;
  }

  /** The sum of the items' DynamoDB sizes. */
  get sizeBytes(): number {
    return this.table.sizeBytes;
  }

  /** Items and bytes (of the projected items) in an index; zeros for an unknown index. */
  indexStats(indexName: string): IndexStats {
    const index = this.indexes.get(indexName);
    return index === undefined ? EMPTY_STATS : { itemCount: index.entries.itemCount, sizeBytes: index.entries.sizeBytes };
  }

  /**
   * Moves to a new version of the table's definition (UpdateTable): indexes that appear are filled
   * from the table's items at once, indexes that disappear are dropped. Key schemas of the table
   * and of existing indexes never change.
   */
  setDefinition(definition: TableDefinition): void {
    const next = new Map<string, SecondaryIndex>();
    for (const index of [...definition.localIndexes, ...definition.globalIndexes]) {
      next.set(index.name, this.indexes.get(index.name) ?? this.backfill(index, definition));
    }
    this.current = definition;
    this.indexes = next;
  }

  /** The index's definition, if the table has that index. */
  index(indexName: string): IndexDefinition | undefined {
    return this.indexes.get(indexName)?.definition;
  }

  /**
   * The size of an item collection: the items with this partition key and their entries in the
   * local indexes (what ItemCollectionMetrics estimates).
   */
  collectionSizeBytes(partitionKey: AttributeValue): number {
    let bytes = this.table.partitionBytes(partitionKey);
    for (const index of this.indexes.values()) {
      if (index.definition.kind === 'local') bytes += index.entries.partitionBytes(partitionKey);
    }
    return bytes;
  }

  /** The item with the table keys of `key` (other attributes of `key` are ignored). */
  get(key: AttributeMap): StoredItem | undefined {
    return this.table.get(this.partitionKeyOf(key), this.tableProbe(key));
  }

  /** Stores an item (replacing the one with the same key) and updates every index; returns the replaced item. */
  put(item: AttributeMap, size: number = itemSize(item)): StoredItem | undefined {
    const entry: StoredItem = { item, size, binary: holdsBinary(item) };
    const { partition, replaced } = this.table.upsert(this.partitionKeyOf(item), this.tableProbe(item), entry);
    for (const index of this.indexes.values()) {
      if (replaced !== undefined) index.remove(replaced.item);
      index.add(entry, partition);
    }
    return replaced;
  }

  /** Deletes the item with the table keys of `key`; returns it. */
  delete(key: AttributeMap): StoredItem | undefined {
    const removed = this.table.remove(this.partitionKeyOf(key), this.tableProbe(key));
    if (removed !== undefined) for (const index of this.indexes.values()) index.remove(removed.item);
    return removed;
  }

  /** The entries of one partition of the table or of an index, within a sort-key range. */
  query(query: PartitionQuery): Iterable<StoredItem> {
    const entries: StoredItem[] = [];
    this.visitQuery(query, (entry) => {
      entries.push(entry);
      return true;
    });
    return entries;
  }

  /** query() for a visitor that returns false to stop, without building a list. */
  visitQuery(query: PartitionQuery, visit: (entry: StoredItem) => boolean): void {
    const { range, forward, exclusiveStartKey } = query;
    if (query.indexName !== undefined) {
      const index = this.requireIndex(query.indexName);
      const sortKey = index.definition.keySchema.sortKey;
      const within = rangeProbe<IndexEntry>((entry) => entry.indexSortKey, sortKey === undefined ? undefined : range);
      const after = exclusiveStartKey === undefined ? undefined : index.probe(exclusiveStartKey);
      index.entries.visitPartition(query.partitionKey, startProbe(within, after, forward), within, forward, visit);
      return;
    }
    const sortKey = this.current.keySchema.sortKey;
    const name = sortKey?.name;
    const within = rangeProbe<StoredItem>((entry) => (name === undefined ? undefined : entry.item[name]), range);
    const after = exclusiveStartKey === undefined ? undefined : this.tableProbe(exclusiveStartKey);
    this.table.visitPartition(query.partitionKey, startProbe(within, after, forward), within, forward, visit);
  }

  /** Entries in scan order, optionally one parallel-scan segment, optionally resumed after a key. */
  scan(request: ScanRequest = {}): Iterable<StoredItem> {
    const { exclusiveStartKey: key, segment } = request;
    const options = segment === undefined ? {} : { segment };
    if (request.indexName !== undefined) {
      const index = this.requireIndex(request.indexName);
      const partitionKey = key?.[index.definition.keySchema.partitionKey.name];
      if (key === undefined || partitionKey === undefined) return index.entries.scan(options);
      return index.entries.scan({ ...options, after: { partitionKey, probe: index.probe(key) } });
    }
    if (key === undefined) return this.table.scan(options);
    return this.table.scan({ ...options, after: { partitionKey: this.partitionKeyOf(key), probe: this.tableProbe(key) } });
  }

  private backfill(index: IndexDefinition, definition: TableDefinition): SecondaryIndex {
    const secondary = new SecondaryIndex(index, definition.keySchema);
    for (const entry of this.table.scan()) {
      const partition = this.table.partition(this.partitionKeyOf(entry.item));
      if (partition !== undefined) secondary.add(entry, partition);
    }
    return secondary;
  }

  private requireIndex(indexName: string): SecondaryIndex {
    const index = this.indexes.get(indexName);
    if (index === undefined) throw new Error(`the table ${this.current.name} has no index ${indexName}`);
    return index;
  }

  private partitionKeyOf(key: AttributeMap): AttributeValue {
    return key[this.current.keySchema.partitionKey.name] as AttributeValue;
  }

  private tableProbe(key: AttributeMap): Probe<StoredItem> {
    const sortKey = this.current.keySchema.sortKey;
    if (sortKey === undefined) return () => 0;
    const value = key[sortKey.name] as AttributeValue;
    const name = sortKey.name;
    return (entry) => compareKeyValues(entry.item[name] as AttributeValue, value);
  }
}

/** Whether a sort key value lies within a range. */
export function sortKeyInRange(value: AttributeValue, range: SortKeyRange | undefined): boolean {
  return rangeProbe<AttributeValue>((candidate) => candidate, range)(value) === 0;
}

/** Answers negative below the range, zero within it, positive above it. */
function rangeProbe<E>(sortValue: (entry: E) => AttributeValue | undefined, range: SortKeyRange | undefined): Probe<E> {
  if (range === undefined) return () => 0;
  const { lower, upper, prefix } = range;
  return (entry) => {
    const value = sortValue(entry);
    if (value === undefined) return 0;
    if (lower !== undefined) {
      const comparison = compareKeyValues(value, lower.value);
      if (comparison < 0 || (comparison === 0 && !lower.inclusive)) return -1;
    }
    if (upper !== undefined) {
      const comparison = compareKeyValues(value, upper.value);
      if (comparison > 0 || (comparison === 0 && !upper.inclusive)) return 1;
    }
    return prefix === undefined ? 0 : compareToPrefix(value, prefix);
  };
}

/**
 * Where a read starts: the first entry within the range and past the ExclusiveStartKey. Both
 * "before the range" and "not past the start key" are runs at the beginning of the order (at the
 * end, reading backwards), so their union is one run too, which a binary search can find.
 */
function startProbe<E>(within: Probe<E>, after: Probe<E> | undefined, forward: boolean): Probe<E> {
  if (forward) {
    return (entry) => (within(entry) < 0 || (after !== undefined && after(entry) <= 0) ? -1 : 0);
  }
  return (entry) => (within(entry) > 0 || (after !== undefined && after(entry) >= 0) ? 1 : 0);
}
