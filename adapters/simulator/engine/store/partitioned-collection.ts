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
  /** Whether the item holds binaries, which responses must copy (everything else is frozen). */
  readonly binary: boolean;
}

/** One partition: its entries in key order, and where it sits in scan order. */
export class Partition<E> extends SortedList<E> {
  /** Whether the partition has its place in the scan order yet (new ones wait, see ordered()). */
  ordered = false;

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

function comparePartitions<E>(a: Partition<E>, b: Partition<E>): number {
  if (a.hash !== b.hash) return a.hash < b.hash ? -1 : 1;
  if (a.encoded === b.encoded) return 0;
  return a.encoded < b.encoded ? -1 : 1;
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
  /**
   * Partitions in scan order. New partitions wait in `pending` until a scan needs the order, so
   * that writes never pay for it: sorting a batch of new partitions once is cheaper.
   */
  private readonly order = new SortedList<Partition<E>>();
  private pending: Partition<E>[] = [];
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
      this.pending.push(partition);
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
      // A pending partition is dropped when the pending ones are ordered.
      if (partition.ordered) this.order.remove(partitionProbe(partition.hash, partition.encoded));
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

  /** readPartition for a visitor that returns false to stop: the fast path of Query. */
  visitPartition(key: AttributeValue, start: Probe<E>, within: Probe<E>, forward: boolean, visit: (entry: E) => boolean): void {
    this.partition(key)?.visitRange(start, within, forward, visit);
  }

  /** The partitions in scan order, after placing the pending ones. */
  private ordered(): SortedList<Partition<E>> {
    if (this.pending.length === 0) return this.order;
    const fresh = this.pending.filter((partition) => this.byKey.get(partition.encoded) === partition);
    this.pending = [];
    fresh.sort(comparePartitions);
    for (const partition of fresh) partition.ordered = true;
    if (fresh.length < this.order.size / 8) {
      for (const partition of fresh) this.order.upsert(partitionProbe(partition.hash, partition.encoded), partition);
    } else {
      this.order.replaceAll(mergeSorted([...this.order.ascending()], fresh));
    }
    return this.order;
  }

  /** Entries in scan order: partitions by hash, then key order; optionally one segment, optionally resumed. */
  *scan(range: ScanRange<E> = {}): Generator<E, void, undefined> {
    const { after, segment } = range;
    const order = this.ordered();
    let partitions: Iterable<Partition<E>>;
    if (after !== undefined) {
      const encoded = encodeKeyValue(after.partitionKey);
      const hash = partitionHash(encoded);
      const current = this.byKey.get(encoded);
      if (current !== undefined && (segment === undefined || segmentOf(hash, segment.totalSegments) === segment.segment)) {
        yield* current.ascending(after.probe, true);
      }
      partitions = order.ascending(partitionProbe(hash, encoded), true);
    } else if (segment !== undefined) {
      partitions = order.ascending((partition) => segmentOf(partition.hash, segment.totalSegments) - segment.segment);
    } else {
      partitions = order.ascending();
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

function mergeSorted<E>(left: readonly Partition<E>[], right: readonly Partition<E>[]): Partition<E>[] {
  const merged: Partition<E>[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    merged.push(comparePartitions(left[i] as Partition<E>, right[j] as Partition<E>) <= 0 ? (left[i++] as Partition<E>) : (right[j++] as Partition<E>));
  }
  while (i < left.length) merged.push(left[i++] as Partition<E>);
  while (j < right.length) merged.push(right[j++] as Partition<E>);
  return merged;
}
