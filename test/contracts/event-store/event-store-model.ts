/**
 * The plain model of an event store: per stream, the list of events in order; per stream, the
 * snapshots by version. Ids and times the store assigns are learned at first sight (Pinned)
 * unless the subject's clock lets the model predict the times.
 */
import { decideExpectedVersion, type ExpectedVersion, type ExpectedVersionDecision } from '../../../domain/events/expected-version.js';
import type { JsonObject } from '../../../domain/values/json-value.js';
import type { AdjustableClock } from '../shared/store-factory-context.js';
import { Pinned } from '../shared/pinned.js';

export interface ModelEvent {
  readonly entityId: string;
  readonly sequenceNumber: number;
  readonly aggregateType: string;
  readonly eventType: string;
  readonly eventData: JsonObject;
  readonly userId: string;
  readonly correlationId: string;
  readonly eventId: Pinned<string>;
  readonly eventTime: Pinned<string>;
}

export interface ModelSnapshot {
  readonly entityId: string;
  readonly version: number;
  readonly aggregateType: string;
  readonly snapshotData: JsonObject;
  readonly snapshotTime: Pinned<string>;
  readonly eventSequenceNumber: number;
}

/** An event as the commands describe it, before it has a place in a stream. */
export interface EventSpec {
  readonly eventType: string;
  readonly eventData: JsonObject;
  readonly userId: string;
  readonly correlationId: string;
  /** Supplied by the caller; otherwise the store generates one. */
  readonly eventId: string | undefined;
}

/** The names of one run: every id starts with the run's prefix, so runs never meet. */
export class EventStoreNames {
  private events = 0;
  private commits = 0;

  constructor(readonly prefix: string) {}

  stream(index: number): string {
    return `${this.prefix}-stream-${index}`;
  }

  /** Streams of even index are Orders, of odd index Invoices (per run). */
  aggregateTypeOf(streamIndex: number): string {
    return this.aggregateType(streamIndex % 2);
  }

  aggregateType(index: number): string {
    return `${this.prefix}-${index === 0 ? 'Order' : 'Invoice'}`;
  }

  user(index: number): string {
    return `${this.prefix}-user-${index}`;
  }

  nextEventId(): string {
    return `${this.prefix}-event-${(this.events += 1)}`;
  }

  nextCommitId(): string {
    return `${this.prefix}-commit-${(this.commits += 1)}`;
  }
}

export const STREAMS = 3;
export const USERS = 3;
export const EVENT_TYPES: readonly string[] = ['Opened', 'Changed', 'Closed'];

export class EventStoreModel {
  private readonly streams = new Map<string, ModelEvent[]>();
  private readonly snapshots = new Map<string, Map<number, ModelSnapshot>>();
  /** The clock's time when the run began: time bounds are offsets from it. */
  readonly startMs: number | undefined;

  constructor(
    readonly names: EventStoreNames,
    readonly clock: AdjustableClock | undefined,
    /** Whether the subject can give another store (SwitchStore commands). */
    readonly canSwitchStores: boolean,
  ) {
    this.startMs = clock?.now();
  }

  /** The time the store assigns now, when the model can know it. */
  nowIso(): string | undefined {
    return this.clock === undefined ? undefined : new Date(this.clock.now()).toISOString();
  }

  events(entityId: string): readonly ModelEvent[] {
    return this.streams.get(entityId) ?? [];
  }

  allEvents(): readonly ModelEvent[] {
    return [...this.streams.values()].flat();
  }

  version(entityId: string): number {
    return this.events(entityId).length;
  }

  decide(entityId: string, expected: ExpectedVersion): ExpectedVersionDecision {
    return decideExpectedVersion(expected, this.version(entityId) as Parameters<typeof decideExpectedVersion>[1]);
  }

  /** `time`: the events' time (`nowIso()` for an append made now), undefined when not known. */
  append(entityId: string, aggregateType: string, specs: readonly EventSpec[], time: string | undefined): readonly ModelEvent[] {
    const stream = this.streams.get(entityId) ?? [];
    const added = specs.map(
      (spec, index): ModelEvent => ({
        entityId,
        sequenceNumber: stream.length + index + 1,
        aggregateType,
        eventType: spec.eventType,
        eventData: spec.eventData,
        userId: spec.userId,
        correlationId: spec.correlationId,
        eventId: new Pinned(spec.eventId),
        eventTime: new Pinned(time),
      }),
    );
    stream.push(...added);
    this.streams.set(entityId, stream);
    return added;
  }

  putSnapshot(snapshot: Omit<ModelSnapshot, 'snapshotTime'>): void {
    const versions = this.snapshots.get(snapshot.entityId) ?? new Map<number, ModelSnapshot>();
    versions.set(snapshot.version, { ...snapshot, snapshotTime: new Pinned(this.nowIso()) });
    this.snapshots.set(snapshot.entityId, versions);
  }

  latestSnapshot(entityId: string): ModelSnapshot | undefined {
    const versions = [...(this.snapshots.get(entityId)?.values() ?? [])];
    return versions.reduce<ModelSnapshot | undefined>((latest, snapshot) => (latest === undefined || snapshot.version > latest.version ? snapshot : latest), undefined);
  }
}
