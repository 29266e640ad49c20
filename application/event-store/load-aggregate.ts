/**
 * An aggregate's state: the latest snapshot, then the events after it folded with `evolve`.
 * The events are read from the snapshot's own last event on (one more item in the same Query),
 * which proves that the stream really reached the snapshot's version, so the next append with
 * that expected version can be a plain put (see known-versions.ts).
 */
import type { Snapshot } from '../../domain/events/stored-event.js';
import type { EntityId } from '../../domain/values/identifiers.js';
import type { StreamVersion } from '../../domain/values/versions.js';
import type { Evolve, LoadAggregateOptions, LoadedAggregate } from '../../ports/event-store.js';
import type { EventStoreContext } from './event-store-context.js';
import { queryStream } from './read-stream.js';
import { getLatestSnapshot } from './snapshots.js';

const LOAD_PAGE_SIZE = 1000;

export async function loadAggregate<S>(context: EventStoreContext, id: EntityId, evolve: Evolve<S>, initial: S, options: LoadAggregateOptions<S> = {}): Promise<LoadedAggregate<S>> {
  const snapshot: Snapshot | null = options.ignoreSnapshots === true ? null : await getLatestSnapshot(context, id);
  const covered = snapshot?.eventSequenceNumber ?? 0;
  let state = snapshot === null ? initial : options.fromSnapshot === undefined ? (snapshot.snapshotData as S) : options.fromSnapshot(snapshot);
  let version = covered;
  let eventsApplied = 0;
  const events = queryStream(context, id, { direction: 'forward', from: Math.max(1, covered), to: Number.MAX_SAFE_INTEGER, pageSize: LOAD_PAGE_SIZE });
  for await (const event of events) {
    if (event.sequenceNumber <= covered) continue;
    state = evolve(state, event);
    version = event.sequenceNumber;
    eventsApplied++;
  }
  return Object.freeze({ state, version: version as StreamVersion, snapshot, eventsApplied });
}
