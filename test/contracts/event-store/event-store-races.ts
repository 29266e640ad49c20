/**
 * Race properties: several writers append to one stream at once, each with its own store (as
 * separate processes would), while fc.scheduler decides in which order their DynamoDB requests
 * reach the database (see shared/port-control.ts).
 * - exact: each writer appends with the version it believes the stream has; on a
 *   ConcurrencyError it reads the head and tries again. Exactly one writer wins each version, the
 *   versions are 1..n without a gap, every acknowledged append is stored once with its data, and
 *   every loss was a stream already ahead, by someone else's event.
 * - any: writers append without an expectation (or `stream-exists`); every append lands exactly
 *   once, where the store said it did.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { ExpectedVersion, type ExpectedVersionInput } from '../../../domain/events/expected-version.js';
import type { StoredEvent } from '../../../domain/events/stored-event.js';
import { ConcurrencyError, type EventStore } from '../../../ports/event-store.js';
import { outcomeOf } from '../shared/outcome.js';
import { settleScheduled, type PortControl } from '../shared/port-control.js';
import type { EventStoreUnderTest } from './event-store-under-test.js';

export type RaceMode = 'exact' | 'any';

export interface RaceCase {
  /** Events the stream has before the race. */
  readonly initial: number;
  /** Per writer: its appends, each of 1 or 2 events. */
  readonly writers: readonly (readonly number[])[];
}

export function raceCaseArbitrary(maxWriters: number): fc.Arbitrary<RaceCase> {
  return fc.record({
    initial: fc.integer({ min: 0, max: 3 }),
    writers: fc.array(fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: maxWriters }),
  });
}

interface Acknowledged {
  readonly writer: number;
  readonly append: number;
  readonly first: number;
  readonly size: number;
  /** The version the writer expected (exact mode). */
  readonly expected: number | undefined;
}

interface Loss {
  readonly writer: number;
  readonly expected: number;
  readonly error: ConcurrencyError;
}

interface RaceRun {
  readonly entityId: string;
  readonly aggregateType: string;
  readonly userOf: (writer: number) => string;
}

async function headOf(store: EventStore, entityId: string): Promise<number> {
  for await (const event of store.readStream(entityId, { direction: 'backward', pageSize: 1 })) return event.sequenceNumber;
  return 0;
}

function eventsOf(run: RaceRun, writer: number, append: number, size: number): { eventType: string; eventData: { writer: number; append: number; part: number }; userId: string; correlationId: string }[] {
  return Array.from({ length: size }, (_, part) => ({ eventType: 'Raced', eventData: { writer, append, part }, userId: run.userOf(writer), correlationId: `${run.entityId}-w${writer}-a${append}` }));
}

async function writer(run: RaceRun, store: EventStore, mode: RaceMode, index: number, appends: readonly number[], initial: number, budget: number): Promise<{ acks: Acknowledged[]; losses: Loss[] }> {
  const acks: Acknowledged[] = [];
  const losses: Loss[] = [];
  let believed = initial;
  for (let append = 0; append < appends.length; ) {
    const size = appends[append] ?? 1;
    const expected: ExpectedVersionInput = mode === 'exact' ? believed : initial > 0 && index % 2 === 1 ? ExpectedVersion.streamExists : undefined;
    const events = eventsOf(run, index, append, size);
    const outcome = await outcomeOf(async () => (size === 1 && events[0] !== undefined ? store.appendEvent(run.aggregateType, run.entityId, events[0].eventType, events[0].eventData, events[0].userId, events[0].correlationId, expected) : (await store.appendEvents(run.aggregateType, run.entityId, events, expected)).lastSequenceNumber));
    if (outcome.ok) {
      acks.push({ writer: index, append, first: outcome.value - size + 1, size, expected: mode === 'exact' ? believed : undefined });
      believed = outcome.value;
      append += 1;
      continue;
    }
    if (mode === 'any' || !ConcurrencyError.is(outcome.error)) throw outcome.error;
    losses.push({ writer: index, expected: believed, error: outcome.error });
    if (losses.length > budget) throw new Error(`writer ${index} lost ${losses.length} times, more than the appends of all writers together`);
    believed = await headOf(store, run.entityId);
  }
  return { acks, losses };
}

function expectStoredOnce(stored: readonly StoredEvent[], initial: number, acks: readonly Acknowledged[]): void {
  for (const ack of acks) {
    if (ack.expected !== undefined) expect(ack.first, `writer ${ack.writer}'s append ${ack.append}, which expected version ${ack.expected}, lands right after it`).to.equal(ack.expected + 1);
  }
  const total = initial + acks.reduce((sum, ack) => sum + ack.size, 0);
  expect(stored.map((event) => event.sequenceNumber), 'the stream holds versions 1..n, each once').to.deep.equal(Array.from({ length: total }, (_, index) => index + 1));
  for (const ack of acks) {
    for (let part = 0; part < ack.size; part++) {
      const event = stored[ack.first + part - 1];
      expect(event?.eventData, `writer ${ack.writer}'s append ${ack.append} (part ${part}) is stored at ${ack.first + part}, where the store said`).to.deep.equal({ writer: ack.writer, append: ack.append, part });
    }
  }
}

function expectLossesFair(stored: readonly StoredEvent[], losses: readonly Loss[]): void {
  for (const loss of losses) {
    expect(loss.error.mismatch, `writer ${loss.writer} lost at version ${loss.expected} to a stream further along`).to.equal('stream-ahead');
    const winner = stored[loss.expected]?.eventData as { readonly writer?: number } | undefined;
    expect(winner, `version ${loss.expected + 1}, which writer ${loss.writer} lost, is stored`).to.not.equal(undefined);
    expect(winner?.writer, `version ${loss.expected + 1}, which writer ${loss.writer} lost, was won by someone else`).to.not.equal(loss.writer);
  }
}

export async function runRace(subject: EventStoreUnderTest, control: PortControl, prefix: string, mode: RaceMode, race: RaceCase, scheduler: fc.Scheduler): Promise<void> {
  const run: RaceRun = { entityId: `${prefix}-race`, aggregateType: `${prefix}-Race`, userOf: (index) => `${prefix}-writer-${index}` };
  for (let version = 0; version < race.initial; version++) {
    await subject.eventStore.appendEvent(run.aggregateType, run.entityId, 'Before', { writer: -1, append: version, part: 0 }, run.userOf(-1), 'setup', version);
  }
  const budget = race.writers.flat().length + 1;
  const stores = race.writers.map(() => subject.newEventStore?.() ?? subject.eventStore);
  control.schedule(scheduler);
  let settled: PromiseSettledResult<{ acks: Acknowledged[]; losses: Loss[] }>[];
  try {
    settled = await settleScheduled(scheduler, race.writers.map((appends, index) => writer(run, stores[index] ?? subject.eventStore, mode, index, appends, race.initial, budget)));
  } finally {
    control.schedule(undefined);
  }
  const results = settled.map((outcome, index) => {
    if (outcome.status === 'rejected') throw new Error(`writer ${index} failed: ${String(outcome.reason)}`, { cause: outcome.reason });
    return outcome.value;
  });
  const stored = await subject.eventStore.getEvents(run.entityId);
  expectStoredOnce(stored, race.initial, results.flatMap((result) => result.acks));
  expectLossesFair(stored, results.flatMap((result) => result.losses));
  for (const [index, result] of results.entries()) {
    const firsts = result.acks.map((ack) => ack.first);
    expect(firsts, `writer ${index}'s appends land in the order it made them`).to.deep.equal([...firsts].sort((a, b) => a - b));
  }
}
