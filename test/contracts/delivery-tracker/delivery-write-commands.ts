/**
 * Writes of delivery tracking: record (new, duplicate in any key order and time zone, conflict,
 * or a fresh record in place of an expired one) and the transitions markDelivered, markFailed and
 * scheduleRetry (legal ones change the status and retry count, illegal ones throw
 * IllegalTransitionError and change nothing, absent or expired records throw
 * DeliveryRecordNotFoundError). With `timeouts`, the store's resends must recognise their own
 * landed write; the caller-retry commands lose every answer and repeat the call.
 */
import { expect } from 'chai';
import { IllegalTransitionError } from '../../../domain/delivery/illegal-transition-error.js';
import { IdempotencyConflictError } from '../../../domain/errors/idempotency-conflict-error.js';
import type { DeliveryRecord } from '../../../domain/delivery/delivery-record.js';
import { DeliveryRecordNotFoundError, type RecordOutcome } from '../../../ports/delivery-tracker.js';
import { describeOutcome, outcomeOf, type Outcome } from '../shared/outcome.js';
import { Pinned } from '../shared/pinned.js';
import { sameJson } from '../shared/same-json.js';
import { decideTransition, type DeliveryContent, type DeliveryModel, type TransitionCall } from './delivery-model.js';
import { describeContent, describeKey, resolveKey, written, type DeliveryCommand, type DeliverySystem, type KeyChoice } from './delivery-system.js';
import { expectDelivery } from './expect-delivery.js';

export function expectRecorded(model: DeliveryModel, outcome: Outcome<RecordOutcome>, key: KeyChoice, content: DeliveryContent, what: string): void {
  const { userId, eventId, timestamp } = resolveKey(model, key);
  const existing = model.live(userId, timestamp, eventId);
  if (existing !== undefined && !(existing.eventType === content.eventType && sameJson(existing.payload, content.payload))) {
    const error = outcome.ok ? undefined : outcome.error;
    expect(IdempotencyConflictError.is(error), `${what} conflicts with the stored record, but ${describeOutcome(outcome)}`).to.equal(true);
    expect((error as IdempotencyConflictError).id, `${what}: the conflict's id`).to.equal(eventId);
    return;
  }
  expect(outcome.ok, `${what}: ${describeOutcome(outcome)}`).to.equal(true);
  const { value } = outcome as { readonly value: RecordOutcome };
  expect(value.outcome, what).to.equal(existing === undefined ? 'recorded' : 'duplicate');
  expectDelivery(value.record, existing ?? model.record(userId, timestamp, eventId, content), what);
}

export function expectTransition(model: DeliveryModel, outcome: Outcome<DeliveryRecord>, key: KeyChoice, call: TransitionCall, what: string): void {
  const { userId, eventId, timestamp } = resolveKey(model, key);
  const record = model.live(userId, timestamp, eventId);
  const error = outcome.ok ? undefined : outcome.error;
  if (record === undefined) {
    expect(DeliveryRecordNotFoundError.is(error), `${what}: DeliveryRecordNotFoundError, but ${describeOutcome(outcome)}`).to.equal(true);
    return;
  }
  const decision = decideTransition(record, call, model.maxRetries);
  if (!decision.ok) {
    expect(IllegalTransitionError.is(error), `${what} from ${record.status} (${record.retryCount} retries): IllegalTransitionError, but ${describeOutcome(outcome)}`).to.equal(true);
    const illegal = error as IllegalTransitionError;
    expect({ from: illegal.from, command: illegal.command, reason: illegal.reason }, `${what}: the IllegalTransitionError`).to.deep.equal({ from: record.status, command: call.name, reason: decision.reason });
    return;
  }
  expect(outcome.ok, `${what} from ${record.status}: ${describeOutcome(outcome)}`).to.equal(true);
  Object.assign(record, decision.state, { updatedAt: new Pinned(model.nowIso()) });
  expectDelivery((outcome as { readonly value: DeliveryRecord }).value, record, what);
}

/** What a record whose answer was lost did: recorded it if the key was free. */
function landRecord(model: DeliveryModel, key: KeyChoice, content: DeliveryContent): void {
  const { userId, eventId, timestamp } = resolveKey(model, key);
  if (model.live(userId, timestamp, eventId) === undefined) model.record(userId, timestamp, eventId, content);
}

/** What a transition whose answer was lost did: moved the record if the move was legal. */
function landTransition(model: DeliveryModel, key: KeyChoice, call: TransitionCall): void {
  const { userId, eventId, timestamp } = resolveKey(model, key);
  const record = model.live(userId, timestamp, eventId);
  const decision = record === undefined ? undefined : decideTransition(record, call, model.maxRetries);
  if (record !== undefined && decision?.ok === true) Object.assign(record, decision.state, { updatedAt: new Pinned(model.nowIso()) });
}

export function describeCall(call: TransitionCall): string {
  return call.name === 'markFailed' ? `markFailed(${JSON.stringify(call.error)})` : call.name === 'scheduleRetry' ? `scheduleRetry(${call.retryAt})` : call.name;
}

export function transition(system: DeliverySystem, model: DeliveryModel, key: KeyChoice, call: TransitionCall, retryAtWithZone = false): Promise<DeliveryRecord> {
  const { userId, eventId, written: timestamp } = resolveKey(model, key);
  const keyInput = { userId, eventId, timestamp };
  switch (call.name) {
    case 'markDelivered':
      return system.tracker.markDelivered(keyInput);
    case 'markFailed':
      return system.tracker.markFailed(keyInput, call.error);
    case 'scheduleRetry':
      return system.tracker.scheduleRetry(keyInput, written(call.retryAt, retryAtWithZone));
  }
}

export class RecordCommand implements DeliveryCommand {
  constructor(
    readonly key: KeyChoice,
    readonly content: DeliveryContent,
    readonly timeouts: number,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: DeliveryModel, system: DeliverySystem): Promise<void> {
    const { userId, eventId, written: timestamp } = resolveKey(model, this.key);
    system.control.timeoutAfterCommit(this.timeouts);
    const outcome = await outcomeOf(() => system.tracker.record({ userId, eventId, timestamp, ...this.content }));
    system.control.disarm();
    expectRecorded(model, outcome, this.key, this.content, this.toString());
  }

  toString(): string {
    return `record(${describeKey(this.key)}, ${describeContent(this.content)})${this.timeouts > 0 ? ` after ${this.timeouts} timeout(s) after commit` : ''}`;
  }
}

export class TransitionCommand implements DeliveryCommand {
  constructor(
    readonly key: KeyChoice,
    readonly call: TransitionCall,
    readonly timeouts: number,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: DeliveryModel, system: DeliverySystem): Promise<void> {
    system.control.timeoutAfterCommit(this.timeouts);
    const outcome = await outcomeOf(() => transition(system, model, this.key, this.call, this.key.withZoneOffset));
    system.control.disarm();
    expectTransition(model, outcome, this.key, this.call, this.toString());
  }

  toString(): string {
    return `${describeCall(this.call)}(${describeKey(this.key)})${this.timeouts > 0 ? ` after ${this.timeouts} timeout(s) after commit` : ''}`;
  }
}

/**
 * A record or transition whose every resend times out after it was applied: the caller repeats
 * it a moment later. The first attempt landed exactly when the model says it was to succeed; the
 * repeat then meets its effect (a duplicate record, a transition from the new status).
 */
export class CallerRetryCommand implements DeliveryCommand {
  constructor(
    readonly key: KeyChoice,
    readonly write: { readonly record: DeliveryContent } | { readonly transition: TransitionCall },
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: DeliveryModel, system: DeliverySystem): Promise<void> {
    const { userId, eventId, written: timestamp } = resolveKey(model, this.key);
    const write = this.write;
    const call = 'record' in write ? () => system.tracker.record({ userId, eventId, timestamp, ...write.record }) : () => transition(system, model, this.key, write.transition);
    const expectOutcome = (outcome: Outcome<unknown>, what: string): void => {
      if ('record' in write) expectRecorded(model, outcome as Outcome<RecordOutcome>, this.key, write.record, what);
      else expectTransition(model, outcome as Outcome<DeliveryRecord>, this.key, write.transition, what);
    };
    system.control.timeoutAfterCommit(system.capabilities.ambiguousRetries + 1);
    const first = await outcomeOf<unknown>(call);
    const timedOut = system.control.disarm() > 0;
    const refused = !first.ok && (IdempotencyConflictError.is(first.error) || IllegalTransitionError.is(first.error) || DeliveryRecordNotFoundError.is(first.error));
    if (first.ok || refused || !timedOut) {
      expectOutcome(first, this.toString());
      return;
    }
    // The first attempt took effect if it was to succeed; the model takes the same step.
    if ('record' in write) landRecord(model, this.key, write.record);
    else landTransition(model, this.key, write.transition);
    model.clock?.advance(1);
    expectOutcome(await outcomeOf<unknown>(call), `${this.toString()}: the repeat`);
  }

  toString(): string {
    const what = 'record' in this.write ? `record(${describeKey(this.key)}, ${describeContent(this.write.record)})` : `${describeCall(this.write.transition)}(${describeKey(this.key)})`;
    return `${what} timing out on every resend, then repeated by the caller a moment later`;
  }
}
