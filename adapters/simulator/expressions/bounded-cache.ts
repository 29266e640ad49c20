/**
 * A bounded map for the parse cache. A hit is a single Map lookup (no reordering, which would
 * cost more than it saves here); when full, the oldest entry goes, so a working set smaller than
 * the capacity stays cached and an unbounded stream of distinct texts cannot grow memory.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}
