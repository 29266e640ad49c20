/**
 * What this process knows about streams: the highest sequence number it has seen stored, per
 * stream. Event items are never changed or deleted and appends leave no gaps, so a sequence
 * number once seen stays a true lower bound of its stream's version; that is what lets an append
 * with an expected version skip the check of its predecessor (see domain/events/append-plan.ts).
 *
 * The bound holds only while nothing deletes events behind the store's back (no DeleteItem, no
 * table recreated under the same name): pass `knownVersions: false` to the store where that can
 * happen. The map is bounded; the streams used least recently are forgotten first, which costs
 * only speed (a transaction or a read instead of a plain put).
 */
import type { StreamVersion } from '../../domain/values/versions.js';

export const DEFAULT_KNOWN_STREAMS = 10_000;

export class KnownVersions {
  private readonly versions = new Map<string, number>();

  constructor(private readonly capacity: number = DEFAULT_KNOWN_STREAMS) {}

  get(entityId: string): StreamVersion {
    return (this.versions.get(entityId) ?? 0) as StreamVersion;
  }

  /** Records that item `sequenceNumber` of the stream exists. */
  observe(entityId: string, sequenceNumber: number): void {
    if (this.capacity === 0) return;
    const known = this.versions.get(entityId);
    if (known !== undefined) {
      // Re-inserting moves the stream to the end: the map's order is least recently used first.
      this.versions.delete(entityId);
      this.versions.set(entityId, Math.max(known, sequenceNumber));
      return;
    }
    if (this.versions.size >= this.capacity) {
      const oldest = this.versions.keys().next();
      if (oldest.done !== true) this.versions.delete(oldest.value);
    }
    this.versions.set(entityId, sequenceNumber);
  }
}
