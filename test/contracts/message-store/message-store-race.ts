/**
 * Concurrent puts of one id, each through its own store, in an order fc.scheduler picks: when the
 * id was free, exactly one put is accepted; every other put is a duplicate of the winner (same
 * content, answered with the winner's stored message) or an IdempotencyConflictError; the stored
 * message is the winner's.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { IdempotencyConflictError } from '../../../domain/errors/idempotency-conflict-error.js';
import type { PutOutcome } from '../../../ports/message-store.js';
import { describeOutcome } from '../shared/outcome.js';
import { settleScheduled, type PortControl } from '../shared/port-control.js';
import type { MessageContent } from './message-store-model.js';
import { sameContent } from './message-store-model.js';
import type { MessageStoreUnderTest } from './message-store-under-test.js';

export interface MessageRace {
  /** Put before the race, or not. */
  readonly existing: MessageContent | undefined;
  readonly puts: readonly MessageContent[];
}

export function messageRaceArbitrary(content: fc.Arbitrary<MessageContent>, maxWriters: number): fc.Arbitrary<MessageRace> {
  return fc.record({ existing: fc.option(content, { nil: undefined, freq: 4 }), puts: fc.array(content, { minLength: 2, maxLength: maxWriters }) });
}

export async function runMessageRace(subject: MessageStoreUnderTest, control: PortControl, eventId: string, race: MessageRace, scheduler: fc.Scheduler): Promise<void> {
  if (race.existing !== undefined) await subject.messageStore.put({ eventId, ...race.existing });
  const stores = race.puts.map(() => subject.newMessageStore?.() ?? subject.messageStore);
  control.schedule(scheduler);
  let settled: PromiseSettledResult<PutOutcome>[];
  try {
    settled = await settleScheduled(scheduler, race.puts.map((content, index) => (stores[index] ?? subject.messageStore).put({ eventId, ...content })));
  } finally {
    control.schedule(undefined);
  }
  const stored = await subject.messageStore.get(eventId);
  expect(stored, 'the message is stored').to.not.equal(null);
  const accepted = settled.flatMap((outcome, index) => (outcome.status === 'fulfilled' && outcome.value.outcome === 'accepted' ? [index] : []));
  expect(accepted, 'the puts accepted').to.have.length(race.existing === undefined ? 1 : 0);
  const winner = race.existing ?? race.puts[accepted[0] ?? -1];
  expect({ eventType: stored?.eventType, payload: stored?.payload }, 'the stored message is the winner\'s').to.deep.equal(winner);
  settled.forEach((outcome, index) => {
    const content = race.puts[index] as MessageContent;
    const what = `put ${index} (${JSON.stringify(content)})`;
    if (winner !== undefined && sameContent(content, winner)) {
      expect(outcome.status === 'fulfilled', `${what}: ${describeOutcome(outcome)}`).to.equal(true);
      if (outcome.status === 'fulfilled') expect(outcome.value.stored, `${what} answers with the stored message`).to.deep.equal(stored);
    } else {
      expect(outcome.status === 'rejected' && IdempotencyConflictError.is(outcome.reason), `${what} conflicts with the winner, but ${describeOutcome(outcome)}`).to.equal(true);
    }
  });
}
