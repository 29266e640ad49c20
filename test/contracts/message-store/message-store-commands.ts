/**
 * The commands of the message store's model-based property: puts of new ids, of taken ids with
 * the same content (in any key order: a duplicate, answered with the stored original) and with
 * other content (IdempotencyConflictError, nothing changed); gets; puts whose answers are lost
 * (the store's resends, or the caller's repeat); bad input; time passing; another store.
 */
import { expect } from 'chai';
import type fc from 'fast-check';
import { IdempotencyConflictError } from '../../../domain/errors/idempotency-conflict-error.js';
import { InvalidInputError } from '../../../domain/errors/invalid-input-error.js';
import type { StoredMessage } from '../../../domain/messages/message.js';
import type { MessageStore, PutOutcome } from '../../../ports/message-store.js';
import { expectDeeplyFrozen } from '../shared/expect-deeply-frozen.js';
import { describeOutcome, outcomeOf, type Outcome } from '../shared/outcome.js';
import type { PortControl } from '../shared/port-control.js';
import type { MessageStoreContractCapabilities, MessageStoreUnderTest } from './message-store-under-test.js';
import { sameContent, type MessageContent, type MessageStoreModel, type ModelMessage } from './message-store-model.js';

export interface MessageStoreSystem {
  store: MessageStore;
  readonly subject: MessageStoreUnderTest;
  readonly control: PortControl;
  readonly capabilities: MessageStoreContractCapabilities;
}

type MessageCommand = fc.AsyncCommand<MessageStoreModel, MessageStoreSystem>;

export function expectStoredMessage(actual: StoredMessage | null, expected: ModelMessage | undefined, what: string): void {
  if (expected === undefined) {
    expect(actual, `${what}: no message`).to.equal(null);
    return;
  }
  expect(actual, `${what}: a message`).to.not.equal(null);
  const message = actual as StoredMessage;
  expect(message, what).to.deep.equal({ eventId: expected.eventId, eventType: expected.eventType, payload: expected.payload, receivedAt: expected.receivedAt.observe(message.receivedAt, `${what}: receivedAt (as first accepted)`) });
  expectDeeplyFrozen(message, what);
}

/** A put's outcome against the model, which it updates: accepted, duplicate, or a conflict. */
export function expectPut(model: MessageStoreModel, outcome: Outcome<PutOutcome>, eventId: string, content: MessageContent, receivedAt: string | undefined, what: string): void {
  const existing = model.get(eventId);
  if (existing !== undefined && !sameContent(existing, content)) {
    const error = outcome.ok ? undefined : outcome.error;
    expect(IdempotencyConflictError.is(error), `${what} conflicts with the stored message, but ${describeOutcome(outcome)}`).to.equal(true);
    expect((error as IdempotencyConflictError).id, `${what}: the conflict's id`).to.equal(eventId);
    return;
  }
  expect(outcome.ok, `${what}: ${describeOutcome(outcome)}`).to.equal(true);
  const { value } = outcome as { readonly value: PutOutcome };
  expect(value.outcome, what).to.equal(existing === undefined ? 'accepted' : 'duplicate');
  expectStoredMessage(value.stored, existing ?? model.accept(eventId, content, receivedAt), `${what}: the stored message it answers with`);
}

export function describeContent(content: MessageContent): string {
  return `${content.eventType} ${JSON.stringify(content.payload)}`;
}

export class PutCommand implements MessageCommand {
  constructor(
    readonly id: number,
    readonly content: MessageContent,
    readonly timeouts: number,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: MessageStoreModel, system: MessageStoreSystem): Promise<void> {
    const eventId = model.id(this.id);
    system.control.timeoutAfterCommit(this.timeouts);
    const outcome = await outcomeOf(() => system.store.put({ eventId, ...this.content }));
    system.control.disarm();
    expectPut(model, outcome, eventId, this.content, model.nowIso(), this.toString());
  }

  toString(): string {
    return `put(message ${this.id}, ${describeContent(this.content)})${this.timeouts > 0 ? ` after ${this.timeouts} timeout(s) after commit` : ''}`;
  }
}

/**
 * Every resend of the store times out after it was applied, so the caller sees a failure and
 * puts the message again a moment later: now a duplicate of what the first attempt stored if the
 * id was new, else what a put of a taken id gives.
 */
export class CallerRetryPutCommand implements MessageCommand {
  constructor(
    readonly id: number,
    readonly content: MessageContent,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: MessageStoreModel, system: MessageStoreSystem): Promise<void> {
    const eventId = model.id(this.id);
    const put = () => system.store.put({ eventId, ...this.content });
    system.control.timeoutAfterCommit(system.capabilities.ambiguousRetries + 1);
    const first = await outcomeOf(put);
    const timedOut = system.control.disarm() > 0;
    const firstTime = model.nowIso();
    if (!first.ok && timedOut && !IdempotencyConflictError.is(first.error)) {
      // The first attempt landed if the id was free.
      if (model.get(eventId) === undefined) model.accept(eventId, this.content, firstTime);
      model.clock?.advance(1);
      expectPut(model, await outcomeOf(put), eventId, this.content, model.nowIso(), `${this.toString()}: the repeat`);
      return;
    }
    expectPut(model, first, eventId, this.content, firstTime, this.toString());
  }

  toString(): string {
    return `put(message ${this.id}, ${describeContent(this.content)}) timing out on every resend, then repeated by the caller a moment later`;
  }
}

export class GetCommand implements MessageCommand {
  constructor(readonly id: number) {}

  check(): boolean {
    return true;
  }

  async run(model: MessageStoreModel, system: MessageStoreSystem): Promise<void> {
    const eventId = model.id(this.id);
    expectStoredMessage(await system.store.get(eventId), model.get(eventId), this.toString());
  }

  toString(): string {
    return `get(message ${this.id})`;
  }
}

export const INVALID_MESSAGES = ['unknown field', 'empty id', 'payload not an object', 'no event type', 'not an object'] as const;

export class InvalidPutCommand implements MessageCommand {
  constructor(
    readonly id: number,
    readonly kind: (typeof INVALID_MESSAGES)[number],
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: MessageStoreModel, system: MessageStoreSystem): Promise<void> {
    const eventId = model.id(this.id);
    const inputs: Record<(typeof INVALID_MESSAGES)[number], unknown> = {
      'unknown field': { eventId, eventType: 'Created', payload: {}, status: 'new' },
      'empty id': { eventId: '', eventType: 'Created', payload: {} },
      'payload not an object': { eventId, eventType: 'Created', payload: 'text' },
      'no event type': { eventId, payload: {} },
      'not an object': [eventId],
    };
    const outcome = await outcomeOf(() => system.store.put(inputs[this.kind] as Parameters<MessageStore['put']>[0]));
    expect(!outcome.ok && InvalidInputError.is(outcome.error), `${this.toString()} is refused with InvalidInputError, but ${describeOutcome(outcome)}`).to.equal(true);
  }

  toString(): string {
    return `bad put of message ${this.id}: ${this.kind}`;
  }
}

export class AdvanceMessageClockCommand implements MessageCommand {
  constructor(readonly ms: number) {}

  check(model: Readonly<MessageStoreModel>): boolean {
    return model.clock !== undefined;
  }

  run(model: MessageStoreModel): Promise<void> {
    model.clock?.advance(this.ms);
    return Promise.resolve();
  }

  toString(): string {
    return `advance the clock by ${this.ms} ms`;
  }
}

export class SwitchMessageStoreCommand implements MessageCommand {
  check(model: Readonly<MessageStoreModel>): boolean {
    return model.canSwitchStores;
  }

  run(_model: MessageStoreModel, system: MessageStoreSystem): Promise<void> {
    system.store = system.subject.newMessageStore?.() ?? system.store;
    return Promise.resolve();
  }

  toString(): string {
    return 'switch to a new store instance over the same table';
  }
}
