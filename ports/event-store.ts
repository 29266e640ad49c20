/**
 * The event store port: the interface of the event store design (appendEvent, getEvents,
 * getEventsByType, createSnapshot, getLatestSnapshot, with the same names and parameters), plus
 * atomic multi-event appends, streaming reads, reads by user, and aggregate loading.
 */
import { hasBrand } from '../domain/errors/has-brand.js';
import type { ExpectedVersion, ExpectedVersionInput, VersionMismatch } from '../domain/events/expected-version.js';
import { describeExpectedVersion } from '../domain/events/expected-version.js';
import type { NewEventInput } from '../domain/events/new-event.js';
import type { Snapshot, StoredEvent } from '../domain/events/stored-event.js';
import type { JsonObject } from '../domain/values/json-value.js';
import type { StreamVersion } from '../domain/values/versions.js';

export type ReadDirection = 'forward' | 'backward';

export interface ReadStreamOptions {
  /** forward (oldest first, the default) or backward (newest first). */
  readonly direction?: ReadDirection | undefined;
  /** The lowest sequence number to read, inclusive (default 1). */
  readonly from?: number | undefined;
  /** The highest sequence number to read, inclusive (default: the end of the stream). */
  readonly to?: number | undefined;
  /** Events per Query request (1 to 1000, default 100). */
  readonly pageSize?: number | undefined;
}

export interface AppendOptions {
  /**
   * Identifies this append across retries, also across process restarts: an append repeated with
   * the same commit id and the same exact expected version after an ambiguous failure succeeds if
   * the first one landed. (Without an expected version, a repeat is recognised only while its
   * events are still the head of the stream.) Generated when absent. Reuse it only for the very
   * same append.
   */
  readonly commitId?: string | undefined;
}

export interface AppendResult {
  readonly firstSequenceNumber: number;
  /** The stream's version after the append. */
  readonly lastSequenceNumber: number;
  readonly commitId: string;
  /** The events as stored. */
  readonly events: readonly StoredEvent[];
}

export interface LoadedAggregate<S> {
  readonly state: S;
  /** The stream's version the state reflects (0 for a stream without events). */
  readonly version: StreamVersion;
  /** The snapshot the state was built from, null if it was built from the first event. */
  readonly snapshot: Snapshot | null;
  /** How many events were applied on top of the snapshot (or of `initial`). */
  readonly eventsApplied: number;
}

export interface LoadAggregateOptions<S> {
  /** Turns a snapshot's data into state; by default the data is the state. */
  readonly fromSnapshot?: ((snapshot: Snapshot) => S) | undefined;
  /** Ignore snapshots (for example after changing `evolve`). */
  readonly ignoreSnapshots?: boolean | undefined;
}

export type Evolve<S> = (state: S, event: StoredEvent) => S;

export interface EventStore {
  /**
   * Appends one event and returns its sequence number. `expectedVersion`: undefined appends at the
   * end whatever the version; a number n appends only if the stream is at version n exactly (0:
   * the stream has no events); or a mode (ExpectedVersion.streamExists, ...). A mismatch throws
   * ConcurrencyError and writes nothing.
   */
  // The design's signature, type parameter included, so its callers compile unchanged.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  appendEvent<T>(aggregateType: string, entityId: string, eventType: string, eventData: T, userId: string, correlationId: string, expectedVersion?: ExpectedVersionInput): Promise<number>;
  /** Appends 1 to 100 events atomically: all are stored, with consecutive sequence numbers, or none. */
  appendEvents(aggregateType: string, entityId: string, events: readonly NewEventInput[], expectedVersion?: ExpectedVersionInput, options?: AppendOptions): Promise<AppendResult>;
  /** The events of a stream in order, strongly consistent; the bounds are inclusive. */
  getEvents(entityId: string, fromSequence?: number, toSequence?: number): Promise<readonly StoredEvent[]>;
  /** Events of one type of one aggregate type, by event time (inclusive bounds; eventually consistent). */
  getEventsByType(aggregateType: string, eventType: string, fromTime?: string, toTime?: string): Promise<readonly StoredEvent[]>;
  /** Events caused by one user, by event time (inclusive bounds; eventually consistent). */
  getEventsByUser(userId: string, fromTime?: string, toTime?: string): Promise<readonly StoredEvent[]>;
  /** A stream read lazily, one Query page at a time. */
  readStream(entityId: string, options?: ReadStreamOptions): AsyncIterable<StoredEvent>;
  /** Stores an aggregate's state as of `version`; a snapshot of the same version is replaced. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  createSnapshot<T>(aggregateType: string, entityId: string, version: number, snapshotData: T, eventSequenceNumber: number): Promise<void>;
  /** The snapshot with the highest version; `T` is the caller's view of its data (not checked). */
  getLatestSnapshot<T = JsonObject>(entityId: string): Promise<Snapshot<T> | null>;
  /** The latest snapshot plus the events after it, folded with `evolve`. */
  loadAggregate<S>(entityId: string, evolve: Evolve<S>, initial: S, options?: LoadAggregateOptions<S>): Promise<LoadedAggregate<S>>;
}

const BRAND = Symbol.for('dynamo-hexagon.ConcurrencyError');

/** An append whose expected version the stream did not meet. Nothing was written. */
export class ConcurrencyError extends Error {
  readonly [BRAND] = true;
  readonly entityId: string;
  readonly expected: ExpectedVersion;
  /** Whether the stream was ahead of (someone appended first) or behind the expectation. */
  readonly mismatch: VersionMismatch;
  /** The stream's version, when the store read it; otherwise undefined. */
  readonly actualVersion: number | undefined;

  constructor(entityId: string, expected: ExpectedVersion, mismatch: VersionMismatch, actualVersion?: number) {
    const where = actualVersion === undefined ? (mismatch === 'stream-ahead' ? 'the stream is further along' : 'the stream has not reached it') : `the stream is at version ${actualVersion}`;
    super(`Optimistic concurrency error on stream ${JSON.stringify(entityId)}: expected ${describeExpectedVersion(expected)}, but ${where}`);
    this.name = 'ConcurrencyError';
    this.entityId = entityId;
    this.expected = expected;
    this.mismatch = mismatch;
    this.actualVersion = actualVersion;
  }

  static is(value: unknown): value is ConcurrencyError {
    return hasBrand(value, BRAND);
  }
}
