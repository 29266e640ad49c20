/**
 * Finds the recorded interaction that answers a request. A request matches an interaction when
 * the operation and the normalised request are the same and its run-dependent values fit the
 * placeholders' bindings so far. `ordered`: only the next unused interaction may answer, so the
 * run must make the recorded requests in the recorded order. `unordered`: the earliest unused
 * interaction with that request answers, so identical requests still get their answers in
 * recorded order while unrelated ones may interleave (concurrent code).
 */
import type { Binding, Bindings } from '../normalize/bindings.js';
import type { Occurrence } from '../normalize/tokenizer.js';
import type { Interaction } from '../cassette/cassette.js';

export type MatchingOrder = 'ordered' | 'unordered';

export interface PlaceholderNumber {
  readonly name: string;
  readonly n: number;
}

export interface RecordedEntry {
  /** As it will be written: normalised with numbered placeholders, redacted. */
  readonly interaction: Interaction;
  /** Operation and normalised request: equal keys, equal requests up to run-dependent values. */
  readonly key: string;
  /** The placeholders of the request, in the order the tokenizer meets them. */
  readonly numbers: readonly PlaceholderNumber[];
  /** Used in this session (replayed, or recorded by it). */
  used: boolean;
}

export function bindingsOf(entry: RecordedEntry, occurrences: readonly Occurrence[]): Binding[] {
  return entry.numbers.map(({ name, n }, position) => ({ name, n, value: occurrences[position]?.value ?? '' }));
}

export class InteractionIndex {
  readonly #entries: readonly RecordedEntry[];
  readonly #order: MatchingOrder;
  readonly #byKey = new Map<string, RecordedEntry[]>();
  #next = 0;

  constructor(entries: readonly RecordedEntry[], order: MatchingOrder) {
    this.#entries = entries;
    this.#order = order;
    for (const entry of entries) {
      const list = this.#byKey.get(entry.key);
      if (list === undefined) this.#byKey.set(entry.key, [entry]);
      else list.push(entry);
    }
  }

  get order(): MatchingOrder {
    return this.#order;
  }

  get entries(): readonly RecordedEntry[] {
    return this.#entries;
  }

  /** In ordered matching, the interaction the next request must match. */
  expectedNext(): RecordedEntry | undefined {
    while (this.#next < this.#entries.length && this.#entries[this.#next]?.used === true) this.#next += 1;
    return this.#entries[this.#next];
  }

  /** The interaction that answers this request, bound and marked used; undefined if none. */
  take(key: string, occurrences: readonly Occurrence[], bindings: Bindings): RecordedEntry | undefined {
    if (this.#order === 'ordered') {
      const next = this.expectedNext();
      if (next === undefined || next.key !== key || !bindings.bindAll(bindingsOf(next, occurrences))) return undefined;
      next.used = true;
      return next;
    }
    for (const entry of this.#byKey.get(key) ?? []) {
      if (!entry.used && bindings.bindAll(bindingsOf(entry, occurrences))) {
        entry.used = true;
        return entry;
      }
    }
    return undefined;
  }

  unused(): RecordedEntry[] {
    return this.#entries.filter((entry) => !entry.used);
  }
}
