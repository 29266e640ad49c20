/**
 * Race properties of delivery tracking, in orders fc.scheduler picks, each caller with its own
 * tracker:
 * - concurrent transitions of one record: the outcomes (records returned, IllegalTransitionErrors)
 *   and the final record must be those of the transitions made one after another in some order:
 *   a consistent status and an exact retry count, nothing lost, nothing applied twice.
 * - concurrent records of one key: one recorded (when the key was free), the others duplicates of
 *   it or conflicts.
 */
import { expect } from 'chai';
import type fc from 'fast-check';
import { IllegalTransitionError } from '../../../domain/delivery/illegal-transition-error.js';
import type { DeliveryRecord } from '../../../domain/delivery/delivery-record.js';
import { IdempotencyConflictError } from '../../../domain/errors/idempotency-conflict-error.js';
import type { RecordOutcome } from '../../../ports/delivery-tracker.js';
import { describeOutcome } from '../shared/outcome.js';
import { settleScheduled, type PortControl } from '../shared/port-control.js';
import { sameJson } from '../shared/same-json.js';
import { decideTransition, type DeliveryContent, type DeliveryState, type TransitionCall } from './delivery-model.js';
import type { DeliveryTrackerUnderTest } from './delivery-tracker-under-test.js';

const KEY_TIME = '2024-06-01T00:00:00.000Z';

export interface TransitionRace {
  /** Made one after another before the race (those the state machine refuses are skipped). */
  readonly before: readonly TransitionCall[];
  readonly concurrent: readonly TransitionCall[];
}

function stateOf(record: DeliveryRecord): DeliveryState {
  return { status: record.status, retryCount: record.retryCount, lastError: record.lastError, nextRetryAt: record.nextRetryAt };
}

function sameState(left: DeliveryState, right: DeliveryState): boolean {
  return left.status === right.status && left.retryCount === right.retryCount && left.lastError === right.lastError && left.nextRetryAt === right.nextRetryAt;
}

/** Whether some order of the calls explains every outcome and ends in `final`. */
function explainable(state: DeliveryState, calls: readonly TransitionCall[], outcomes: readonly PromiseSettledResult<DeliveryRecord>[], done: readonly boolean[], final: DeliveryState, maxRetries: number): boolean {
  if (done.every(Boolean)) return sameState(state, final);
  return calls.some((call, index) => {
    if (done[index] === true) return false;
    const decision = decideTransition(state, call, maxRetries);
    const outcome = outcomes[index] as PromiseSettledResult<DeliveryRecord>;
    const next = done.map((value, at) => value || at === index);
    if (decision.ok) return outcome.status === 'fulfilled' && sameState(stateOf(outcome.value), decision.state) && explainable(decision.state, calls, outcomes, next, final, maxRetries);
    return outcome.status === 'rejected' && IllegalTransitionError.is(outcome.reason) && outcome.reason.reason === decision.reason && outcome.reason.from === state.status && explainable(state, calls, outcomes, next, final, maxRetries);
  });
}

export async function runTransitionRace(subject: DeliveryTrackerUnderTest, control: PortControl, prefix: string, race: TransitionRace, maxRetries: number, scheduler: fc.Scheduler): Promise<void> {
  const key = { userId: `${prefix}-user`, eventId: `${prefix}-event`, timestamp: KEY_TIME };
  const tracker = subject.deliveryTracker;
  const apply = (target: typeof tracker, call: TransitionCall): Promise<DeliveryRecord> =>
    call.name === 'markDelivered' ? target.markDelivered(key) : call.name === 'markFailed' ? target.markFailed(key, call.error) : target.scheduleRetry(key, call.retryAt);
  await tracker.record({ ...key, eventType: 'Email', payload: { raced: true } });
  let state: DeliveryState = { status: 'pending', retryCount: 0, lastError: undefined, nextRetryAt: undefined };
  for (const call of race.before) {
    const decision = decideTransition(state, call, maxRetries);
    if (!decision.ok) continue;
    await apply(tracker, call);
    state = decision.state;
  }
  const trackers = race.concurrent.map(() => subject.newDeliveryTracker?.() ?? tracker);
  control.schedule(scheduler);
  let outcomes: PromiseSettledResult<DeliveryRecord>[];
  try {
    outcomes = await settleScheduled(scheduler, race.concurrent.map((call, index) => apply(trackers[index] ?? tracker, call)));
  } finally {
    control.schedule(undefined);
  }
  const stored = await tracker.get(key);
  expect(stored, 'the record is still there').to.not.equal(null);
  const final = stateOf(stored as DeliveryRecord);
  const described = race.concurrent.map((call, index) => `${call.name}${call.name === 'markFailed' ? `(${call.error})` : ''}: ${describeOutcome(outcomes[index] as PromiseSettledResult<DeliveryRecord>)}`);
  expect(explainable(state, race.concurrent, outcomes, race.concurrent.map(() => false), final, maxRetries), `no order of the transitions from ${JSON.stringify(state)} explains the outcomes\n${described.join('\n')}\nand the final record ${JSON.stringify(final)}`).to.equal(true);
}

export interface RecordRace {
  readonly existing: DeliveryContent | undefined;
  readonly records: readonly DeliveryContent[];
}

export async function runRecordRace(subject: DeliveryTrackerUnderTest, control: PortControl, prefix: string, race: RecordRace, scheduler: fc.Scheduler): Promise<void> {
  const key = { userId: `${prefix}-user`, eventId: `${prefix}-event`, timestamp: KEY_TIME };
  if (race.existing !== undefined) await subject.deliveryTracker.record({ ...key, ...race.existing });
  const trackers = race.records.map(() => subject.newDeliveryTracker?.() ?? subject.deliveryTracker);
  control.schedule(scheduler);
  let outcomes: PromiseSettledResult<RecordOutcome>[];
  try {
    outcomes = await settleScheduled(scheduler, race.records.map((content, index) => (trackers[index] ?? subject.deliveryTracker).record({ ...key, ...content })));
  } finally {
    control.schedule(undefined);
  }
  const stored = await subject.deliveryTracker.get(key);
  const recorded = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' && outcome.value.outcome === 'recorded' ? [index] : []));
  expect(recorded, 'the records made').to.have.length(race.existing === undefined ? 1 : 0);
  const winner = race.existing ?? race.records[recorded[0] ?? -1];
  expect({ eventType: stored?.eventType, payload: stored?.payload }, 'the stored record is the winner\'s').to.deep.equal(winner);
  outcomes.forEach((outcome, index) => {
    const content = race.records[index] as DeliveryContent;
    const what = `record ${index} (${JSON.stringify(content)})`;
    if (winner !== undefined && content.eventType === winner.eventType && sameJson(content.payload, winner.payload)) {
      expect(outcome.status === 'fulfilled' ? outcome.value.record : undefined, `${what} answers with the stored record`).to.deep.equal(stored);
    } else {
      expect(outcome.status === 'rejected' && IdempotencyConflictError.is(outcome.reason), `${what} conflicts with the winner, but ${describeOutcome(outcome)}`).to.equal(true);
    }
  });
}
