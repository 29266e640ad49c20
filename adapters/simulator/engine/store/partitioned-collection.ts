/**
 * Items grouped by partition key: a hash map finds a partition in constant time, each partition
 * keeps its items in key order, and the partitions themselves are ordered by the hash of their key
 * (DynamoDB's scan order), so a query costs the same whatever the size of the table, and a scan or
 * a parallel-scan segment can resume from any key.
 */
import type { AttributeMap, AttributeValue } from '../../values/attribute-value.js';
import { encodeKeyValue } from '../../values/key-codec.js';
import { partitionHash, segmentOf } from './key-order.js';
import { SortedList, type Probe } from './sorted-list.js';

/** What every stored entry has: the item (projected, for an index) and its DynamoDB size. */
export interface SizedEntry {
  readonly item: AttributeMap;
  readonly size: number;
}

/** One partition: its entries in key order, and where it sits in scan order. */
export class Partition<E> extends SortedList<E> {
  constructor(
    readonly key: AttributeValue,
    readonly encoded: string,
    readonly hash: number,
  ) {
    super();
  }
}

/** A position inside a partition: the partition's key and a probe for the entry. */
export interface EntryPosition<E> {
  readonly partitionKey: AttributeValue;
  readonly probe: Probe<E>;
}

export interface ScanRange<E> {
  /** Resume after this entry. */
  readonly after?: EntryPosition<E>;
  readonly segment?: { readonly segment: number; readonly totalSegments: number };
}

function partitionProbe<E>(hash: number, encoded: string): Probe<Partition<E>> {
  return (partition) => {
    if (partition.hash !== hash) return partition.hash < hash ? -1 : 1;
    if (partition.encoded === encoded) return 0;
    return partition.encoded < encoded ? -1 : 1;
  };
}

export class PartitionedCollection<E extends SizedEntry> {
  private readonly byKey = new Map<string, Partition<E>>();
  private readonly order = new SortedList<Partition<E>>();
  private count = 0;
  private bytes = 0;
  /** The last key encoded: a write looks its key up twice (read the old item, store the new). */
  private lastKey: AttributeValue | undefined;
  private lastEncoded = '';

  get itemCount(): number {
    return this.count;
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  partition(key: AttributeValue): Partition<E> | undefined {
    return this.byKey.get(this.encode(key));
  }

  private encode(key: AttributeValue): string {
    if (key !== this.lastKey) {
      this.lastEncoded = encodeKeyValue(key);
      this.lastKey = key;
    }
    return this.lastEncoded;
  }

  /** The sum of the sizes of one partition's entries. */
  partitionBytes(key: AttributeValue): number {
    let bytes = 0;
    const partition = this.partition(key);
    if (partition !== undefined) for (const entry of partition.ascending()) bytes += entry.size;
    return bytes;
  }

  get(key: AttributeValue, probe: Probe<E>): E | undefined {
    return this.partition(key)?.find(probe);
  }

  /** Stores the entry, replacing the one the probe finds; returns the partition and the replaced entry. */
  upsert(key: AttributeValue, probe: Probe<E>, entry: E): { readonly partition: Partition<E>; readonly replaced: E | undefined } {
    const encoded = this.encode(key);
    let partition = this.byKey.get(encoded);
    if (partition === undefined) {
      const hash = partitionHash(encoded);
      partition = new Partition<E>(key, encoded, hash);
      this.byKey.set(encoded, partition);
      this.order.upsert(partitionProbe(hash, encoded), partition);
    }
    const replaced = partition.upsert(probe, entry);
    if (replaced === undefined) this.count += 1;
    else this.bytes -= replaced.size;
    this.bytes += entry.size;
    return { partition, replaced };
  }

  remove(key: AttributeValue, probe: Probe<E>): E | undefined {
    const partition = this.partition(key);
    if (partition === undefined) return undefined;
    const removed = partition.remove(probe);
    if (removed === undefined) return undefined;
    this.count -= 1;
    this.bytes -= removed.size;
    if (partition.size === 0) {
      this.byKey.delete(partition.encoded);
      this.order.remove(partitionProbe(partition.hash, partition.encoded));
    }
    return removed;
  }

  /**
   * One partition's entries in order (or reverse order), from where `start` says (negative:
   * before the start) and while `within` answers zero (negative below the range, positive above).
   */
  *readPartition(key: AttributeValue, start: Probe<E>, within: Probe<E>, forward: boolean): Generator<E, void, undefined> {
    const partition = this.partition(key);
    if (partition === undefined) return;
    const entries = forward ? partition.ascending(start) : partition.descending(start);
    for (const entry of entries) {
      if (within(entry) !== 0) return;
      yield entry;
    }
  }

  /** Entries in scan order: partitions by hash, then key order; optionally one segment, optionally resumed. */
  *scan(range: ScanRange<E> = {}): Generator<E, void, undefined> {
    const { after, segment } = range;
    let partitions: Iterable<Partition<E>>;
    if (after !== undefined) {
      const encoded = encodeKeyValue(after.partitionKey);
      const hash = partitionHash(encoded);
      const current = this.byKey.get(encoded);
      if (current !== undefined && (segment === undefined || segmentOf(hash, segment.totalSegments) === segment.segment)) {
        yield* current.ascending(after.probe, true);
      }
      partitions = this.order.ascending(partitionProbe(hash, encoded), true);
    } else if (segment !== undefined) {
      partitions = this.order.ascending((partition) => segmentOf(partition.hash, segment.totalSegments) - segment.segment);
    } else {
      partitions = this.order.ascending();
    }
    for (const partition of partitions) {
      if (segment !== undefined) {
        const at = segmentOf(partition.hash, segment.totalSegments);
        if (at > segment.segment) return;
        if (at < segment.segment) continue;
      }
      yield* partition.ascending();
    }
  }
}
