/**
 * An ordered collection as a list of short sorted chunks: O(log n) search, and an insertion or
 * removal moves at most one chunk's elements, so a table of a million partitions costs about the
 * same per write as one of a thousand. Iteration walks the chunks in place; callers must not
 * change the list while they iterate (the engine is synchronous and collects before it deletes).
 */

/** Where a search landed: negative when the element sorts before the target, zero at it. */
export type Probe<T> = (element: T) => number;

const MAX_CHUNK = 256;
/** Shared by every empty list (most partitions hold one item; this saves their arrays). */
const NO_CHUNKS: readonly unknown[][] = Object.freeze([]);

export class SortedList<T> {
  private chunks: T[][] = NO_CHUNKS as unknown as T[][];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Replaces the contents with elements already in order. */
  replaceAll(sorted: readonly T[]): void {
    const chunks: T[][] = [];
    const half = MAX_CHUNK >> 1;
    for (let start = 0; start < sorted.length; start += half) chunks.push(sorted.slice(start, start + half));
    this.chunks = chunks.length === 0 ? (NO_CHUNKS as unknown as T[][]) : chunks;
    this.count = sorted.length;
  }

  /** The element the probe answers zero for, if any. */
  find(probe: Probe<T>): T | undefined {
    const chunkIndex = this.chunkAtOrAfter(probe, false);
    const chunk = this.chunks[chunkIndex];
    if (chunk === undefined) return undefined;
    const element = chunk[firstIndex(chunk, probe, false)];
    return element !== undefined && probe(element) === 0 ? element : undefined;
  }

  /** Inserts the element, or replaces the one the probe answers zero for; returns the replaced one. */
  upsert(probe: Probe<T>, element: T): T | undefined {
    if (this.chunks.length === 0) {
      this.chunks = [[element]];
      this.count = 1;
      return undefined;
    }
    let chunkIndex = this.chunkAtOrAfter(probe, false);
    if (chunkIndex === this.chunks.length) chunkIndex -= 1;
    const chunk = this.chunks[chunkIndex] as T[];
    const index = firstIndex(chunk, probe, false);
    const existing = chunk[index];
    if (existing !== undefined && probe(existing) === 0) {
      chunk[index] = element;
      return existing;
    }
    chunk.splice(index, 0, element);
    this.count += 1;
    if (chunk.length > MAX_CHUNK) this.chunks.splice(chunkIndex + 1, 0, chunk.splice(chunk.length >> 1));
    return undefined;
  }

  /** Removes and returns the element the probe answers zero for, if any. */
  remove(probe: Probe<T>): T | undefined {
    const chunkIndex = this.chunkAtOrAfter(probe, false);
    const chunk = this.chunks[chunkIndex];
    if (chunk === undefined) return undefined;
    const index = firstIndex(chunk, probe, false);
    const existing = chunk[index];
    if (existing === undefined || probe(existing) !== 0) return undefined;
    chunk.splice(index, 1);
    this.count -= 1;
    if (chunk.length === 0) {
      if (this.chunks.length === 1) this.chunks = NO_CHUNKS as unknown as T[][];
      else this.chunks.splice(chunkIndex, 1);
    }
    return existing;
  }

  /**
   * Visits, in order (or in reverse order), the elements from where `start` says up to the end of
   * the run `within` answers zero for (`within` is negative below the run and positive above it),
   * until `visit` returns false. Both ends are found by binary search, so the elements in between
   * are not compared at all: a hot path (every Query page) where each comparison would read an
   * item and its key.
   */
  visitRange(start: Probe<T>, within: Probe<T>, forward: boolean, visit: (element: T) => boolean): void {
    const chunks = this.chunks;
    if (chunks.length === 0) return;
    if (forward) {
      let chunkIndex = this.chunkAtOrAfter(start, false);
      let index = firstIndex(chunks[chunkIndex] ?? [], start, false);
      const endChunk = this.chunkAtOrAfter(within, true);
      const endIndex = firstIndex(chunks[endChunk] ?? [], within, true);
      for (; chunkIndex <= endChunk && chunkIndex < chunks.length; chunkIndex++, index = 0) {
        const chunk = chunks[chunkIndex] as T[];
        const stop = chunkIndex === endChunk ? endIndex : chunk.length;
        for (; index < stop; index++) if (!visit(chunk[index] as T)) return;
      }
      return;
    }
    // Backwards: from the last element not after `start`, down to the first element not below the run.
    let chunkIndex = this.chunkAtOrAfter(start, true);
    let index = firstIndex(chunks[chunkIndex] ?? [], start, true) - 1;
    const endChunk = this.chunkAtOrAfter(within, false);
    const endIndex = firstIndex(chunks[endChunk] ?? [], within, false);
    if (index < 0) {
      chunkIndex -= 1;
      index = (chunks[chunkIndex]?.length ?? 0) - 1;
    }
    for (; chunkIndex >= endChunk && chunkIndex >= 0; chunkIndex--) {
      const chunk = chunks[chunkIndex] as T[];
      const stop = chunkIndex === endChunk ? endIndex : 0;
      for (; index >= stop; index--) if (!visit(chunk[index] as T)) return;
      index = (chunks[chunkIndex - 1]?.length ?? 0) - 1;
    }
  }

  /**
   * Elements in order from the first one at or after the probe's target (after it when
   * `exclusive`); from the start without a probe.
   */
  *ascending(probe?: Probe<T>, exclusive = false): Generator<T, void, undefined> {
    let chunkIndex = probe === undefined ? 0 : this.chunkAtOrAfter(probe, exclusive);
    let index = probe === undefined ? 0 : firstIndex(this.chunks[chunkIndex] ?? [], probe, exclusive);
    for (; chunkIndex < this.chunks.length; chunkIndex++, index = 0) {
      const chunk = this.chunks[chunkIndex] as T[];
      for (; index < chunk.length; index++) yield chunk[index] as T;
    }
  }

  /**
   * Elements in reverse order from the last one at or before the probe's target (before it when
   * `exclusive`); from the end without a probe.
   */
  *descending(probe?: Probe<T>, exclusive = false): Generator<T, void, undefined> {
    let chunkIndex: number;
    let index: number;
    if (probe === undefined) {
      chunkIndex = this.chunks.length - 1;
      index = (this.chunks[chunkIndex]?.length ?? 0) - 1;
    } else {
      // The last element at or before the target is the one before the first element after it.
      chunkIndex = this.chunkAtOrAfter(probe, !exclusive);
      index = firstIndex(this.chunks[chunkIndex] ?? [], probe, !exclusive) - 1;
      if (index < 0) {
        chunkIndex -= 1;
        index = (this.chunks[chunkIndex]?.length ?? 0) - 1;
      }
    }
    for (; chunkIndex >= 0; chunkIndex--) {
      const chunk = this.chunks[chunkIndex] as T[];
      for (; index >= 0; index--) yield chunk[index] as T;
      index = (this.chunks[chunkIndex - 1]?.length ?? 0) - 1;
    }
  }

  /** The first chunk whose last element is at or after (or after, when `exclusive`) the target. */
  private chunkAtOrAfter(probe: Probe<T>, exclusive: boolean): number {
    let low = 0;
    let high = this.chunks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const chunk = this.chunks[middle] as T[];
      const comparison = probe(chunk[chunk.length - 1] as T);
      if (exclusive ? comparison <= 0 : comparison < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** The first index whose element is at or after (or after, when `exclusive`) the target. */
function firstIndex<T>(chunk: readonly T[], probe: Probe<T>, exclusive: boolean): number {
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const comparison = probe(chunk[middle] as T);
    if (exclusive ? comparison <= 0 : comparison < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
