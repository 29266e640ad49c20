/**
 * Snapshots and aggregates: createSnapshot (a version of 0 or less is refused, the same version
 * again replaces), getLatestSnapshot (the highest version), and loadAggregate (the latest
 * snapshot, unless ignored, plus the events after the sequence number it covers).
 */
import { expect } from 'chai';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import type { JsonObject } from '../../../../domain/values/json-value.js';
import { describeOutcome, outcomeOf } from '../../shared/outcome.js';
import type { EventStoreModel } from '../event-store-model.js';
import { expectSnapshot } from '../expect-events.js';
import { EventStoreCommand, type EventStoreSystem } from './event-store-command.js';

/** The state the suite's aggregates fold their events into; snapshots hold the same shape. */
export interface FoldState {
  readonly count: number;
  readonly last: number;
  readonly trail: string;
}

export const INITIAL_STATE: FoldState = Object.freeze({ count: 0, last: 0, trail: '' });

export function fold(state: FoldState, event: { readonly sequenceNumber: number; readonly eventType: string }): FoldState {
  return { count: state.count + 1, last: event.sequenceNumber, trail: `${state.trail}${event.sequenceNumber}:${event.eventType};` };
}

export class CreateSnapshotCommand extends EventStoreCommand {
  constructor(
    readonly stream: number,
    /** The snapshot's version relative to the stream's. */
    readonly versionDelta: number,
    /** Whether the snapshot covers events up to its version, or only up to the stream's head. */
    readonly coversHead: boolean,
    readonly data: FoldState,
  ) {
    super();
  }

  async run(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const entityId = model.names.stream(this.stream);
    const aggregateType = model.names.aggregateTypeOf(this.stream);
    const version = model.version(entityId) + this.versionDelta;
    const covered = this.coversHead ? Math.max(1, Math.min(version, model.version(entityId))) : version;
    const outcome = await outcomeOf(() => system.store.createSnapshot(aggregateType, entityId, version, this.data, covered));
    if (version < 1) {
      expect(!outcome.ok && InvalidInputError.is(outcome.error), `${this.toString()} at version ${version} is refused with InvalidInputError, but ${describeOutcome(outcome)}`).to.equal(true);
      return;
    }
    expect(outcome.ok, `${this.toString()}: ${describeOutcome(outcome)}`).to.equal(true);
    model.putSnapshot({ entityId, version, aggregateType, snapshotData: this.data as unknown as JsonObject, eventSequenceNumber: covered });
  }

  toString(): string {
    return `createSnapshot(stream ${this.stream}, version${this.versionDelta >= 0 ? '+' : ''}${this.versionDelta}, covering ${this.coversHead ? 'the head' : 'its version'}, ${JSON.stringify(this.data)})`;
  }
}

export class LatestSnapshotCommand extends EventStoreCommand {
  constructor(readonly stream: number) {
    super();
  }

  async run(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const entityId = model.names.stream(this.stream);
    expectSnapshot(await system.store.getLatestSnapshot(entityId), model.latestSnapshot(entityId), this.toString());
  }

  toString(): string {
    return `getLatestSnapshot(stream ${this.stream})`;
  }
}

export class LoadAggregateCommand extends EventStoreCommand {
  constructor(
    readonly stream: number,
    readonly ignoreSnapshots: boolean,
  ) {
    super();
  }

  async run(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const entityId = model.names.stream(this.stream);
    const loaded = await system.store.loadAggregate(entityId, fold, INITIAL_STATE, { ignoreSnapshots: this.ignoreSnapshots });
    const snapshot = this.ignoreSnapshots ? undefined : model.latestSnapshot(entityId);
    const covered = snapshot?.eventSequenceNumber ?? 0;
    const after = model.events(entityId).filter((event) => event.sequenceNumber > covered);
    const start = snapshot === undefined ? INITIAL_STATE : (snapshot.snapshotData as unknown as FoldState);
    expectSnapshot(loaded.snapshot, snapshot, `${this.toString()}: the snapshot it started from`);
    expect(
      { state: loaded.state, version: loaded.version, eventsApplied: loaded.eventsApplied },
      this.toString(),
    ).to.deep.equal({ state: after.reduce(fold, start), version: after.at(-1)?.sequenceNumber ?? covered, eventsApplied: after.length });
  }

  toString(): string {
    return `loadAggregate(stream ${this.stream}${this.ignoreSnapshots ? ', ignoring snapshots' : ''})`;
  }
}
