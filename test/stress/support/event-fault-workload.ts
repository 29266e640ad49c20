/**
 * Appends under faults, by callers that do what the event store asks of them: an append that
 * fails with a storage failure is repeated as the very same append (same commit id, events and
 * expected version) until it gives an answer. Solo writers have a stream each; two writers share
 * a stream and meet real conflicts, after which they read the head and append anew. Before each
 * repeat the caller looks whether the failed append had landed, so that the run can tell "absent,
 * then appended" from "landed, then recognised" (the repeat must then return the stored events).
 */
import { expect } from 'chai';
import type { StoredEvent } from '../../../domain/events/stored-event.js';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import { ConcurrencyError, type EventStore } from '../../../ports/event-store.js';
import { isStorageFailure, untilAnswered, type CallerFigures, type FaultyStores } from './faulty-stores.js';

export interface AppendPlan {
  readonly stream: string;
  readonly eventIds: readonly string[];
}

interface Acknowledged {
  readonly eventIds: readonly string[];
  readonly first: number;
}

const SOLO_STREAMS = 3;
const SOLO_APPENDS = 16;
const SHARED_WRITERS = 2;
const SHARED_APPENDS = 8;

function events(eventIds: readonly string[]): { eventType: string; eventData: { id: string }; userId: string; correlationId: string; eventId: string }[] {
  return eventIds.map((eventId) => ({ eventType: 'LineAdded', eventData: { id: eventId }, userId: 'caller', correlationId: eventId, eventId }));
}

async function landedAt(stores: FaultyStores, reader: EventStore, stream: string, eventIds: readonly string[]): Promise<number[]> {
  const stored = await untilAnswered(stores, () => reader.getEvents(stream));
  return stored.filter((event) => eventIds.includes(event.eventId)).map((event) => event.sequenceNumber);
}

async function headOf(stores: FaultyStores, reader: EventStore, stream: string): Promise<number> {
  const stored = await untilAnswered(stores, () => reader.getEvents(stream));
  return stored.at(-1)?.sequenceNumber ?? 0;
}

/** One logical append, repeated until it is acknowledged; returns where it landed. */
async function appendOnce(stores: FaultyStores, store: EventStore, reader: EventStore, stream: string, eventIds: readonly string[], start: number, figures: CallerFigures): Promise<{ ack: Acknowledged; version: number }> {
  let believed = start;
  let commits = 0;
  let commitId = `${eventIds[0] ?? ''}-commit-${commits}`;
  let landed: number[] = [];
  for (let attempt = 1; ; attempt++) {
    expect(attempt, `attempts of ${commitId}`).to.be.below(500);
    try {
      const result = await store.appendEvents('Order', stream, events(eventIds), believed, { commitId });
      const at = result.events.map((event) => event.sequenceNumber);
      if (landed.length > 0) expect(at, `the repeat of ${commitId} recognises where it landed`).to.deep.equal(landed);
      return { ack: { eventIds, first: result.firstSequenceNumber }, version: result.lastSequenceNumber };
    } catch (error) {
      if (ConcurrencyError.is(error)) {
        figures.conflicts += 1;
        expect(await landedAt(stores, reader, stream, eventIds), `${commitId} conflicted, so it did not land`).to.deep.equal([]);
        believed = await headOf(stores, reader, stream);
        commitId = `${eventIds[0] ?? ''}-commit-${(commits += 1)}`;
        landed = [];
        continue;
      }
      if (!isStorageFailure(error)) throw error;
      figures.failures += 1;
      landed = await landedAt(stores, reader, stream, eventIds);
      if (landed.length > 0) figures.landed += 1;
      else figures.absent += 1;
      if (landed.length > 0) expect(landed, `${commitId} landed whole`).to.have.length(eventIds.length);
      if (DynamoDbError.is(error) && error.reason === 'CircuitOpen') stores.breakerClock.advance(30_000);
    }
  }
}

async function writer(stores: FaultyStores, name: string, stream: string, appends: number, figures: CallerFigures): Promise<Acknowledged[]> {
  const store = stores.eventStore(name);
  const reader = stores.eventStore(`${name}-reader`);
  const acks: Acknowledged[] = [];
  let version = 0;
  for (let index = 0; index < appends; index++) {
    const size = index % 3 === 0 ? 2 : 1;
    const eventIds = Array.from({ length: size }, (_, part) => `${name}-${index}-${part}`);
    const { ack, version: after } = await appendOnce(stores, store, reader, stream, eventIds, version, figures);
    acks.push(ack);
    version = after;
  }
  return acks;
}

function expectExactlyOnce(stored: readonly StoredEvent[], acks: readonly Acknowledged[], stream: string): void {
  const total = acks.reduce((sum, ack) => sum + ack.eventIds.length, 0);
  expect(stored.map((event) => event.sequenceNumber), `${stream}: versions 1..n`).to.deep.equal(Array.from({ length: total }, (_, index) => index + 1));
  for (const ack of acks) {
    expect(ack.eventIds.map((_, part) => stored[ack.first + part - 1]?.eventId), `${stream}: the append of ${ack.eventIds.join(', ')} is stored where it was acknowledged`).to.deep.equal(ack.eventIds);
  }
}

/** Runs the writers at once and checks every stream: each acknowledged append exactly once, nothing else. */
export async function eventFaultWorkload(stores: FaultyStores, figures: CallerFigures): Promise<number> {
  const solo = Array.from({ length: SOLO_STREAMS }, (_, index) => writer(stores, `solo${index}`, `solo-stream-${index}`, SOLO_APPENDS, figures));
  const shared = Array.from({ length: SHARED_WRITERS }, (_, index) => writer(stores, `shared${index}`, 'shared-stream', SHARED_APPENDS, figures));
  const [soloAcks, sharedAcks] = await Promise.all([Promise.all(solo), Promise.all(shared)]);
  const reader = stores.eventStore('final-reader');
  for (const [index, acks] of soloAcks.entries()) expectExactlyOnce(await untilAnswered(stores, () => reader.getEvents(`solo-stream-${index}`)), acks, `solo-stream-${index}`);
  expectExactlyOnce(await untilAnswered(stores, () => reader.getEvents('shared-stream')), sharedAcks.flat(), 'shared-stream');
  return [...soloAcks.flat(), ...sharedAcks.flat()].length;
}
