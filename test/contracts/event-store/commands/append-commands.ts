/**
 * Appends of one event (appendEvent, the design's signature) and of several at once
 * (appendEvents), with right and wrong expected versions of every mode. With `timeouts`, that
 * many write requests are applied and then answered with a timeout first: the store's own resends
 * must recognise its landed write, so the outcome is the same as without them.
 */
import { expect } from 'chai';
import type { AppendResult } from '../../../../ports/event-store.js';
import { outcomeOf, type Outcome } from '../../shared/outcome.js';
import type { EventSpec, EventStoreModel } from '../event-store-model.js';
import { expectEvents } from '../expect-events.js';
import { describeExpected, EventStoreCommand, expectAppendDecision, resolveExpected, type EventStoreSystem, type ExpectedForm, type ExpectedSpec } from './event-store-command.js';

/** An event of a command, by indexes into the run's names. */
export interface EventChoice {
  readonly eventType: string;
  readonly user: number;
  readonly eventData: Readonly<Record<string, unknown>>;
  /** Whether the caller supplies the event id. */
  readonly withId: boolean;
}

export function eventSpec(model: EventStoreModel, choice: EventChoice, correlationId: string): EventSpec {
  return {
    eventType: choice.eventType,
    eventData: choice.eventData as EventSpec['eventData'],
    userId: model.names.user(choice.user),
    correlationId,
    eventId: choice.withId ? model.names.nextEventId() : undefined,
  };
}

export function describeChoices(choices: readonly EventChoice[]): string {
  return choices.map((choice) => `${choice.eventType}(user ${choice.user}${choice.withId ? ', with id' : ''}, ${JSON.stringify(choice.eventData)})`).join(', ');
}

export class AppendEventCommand extends EventStoreCommand {
  constructor(
    readonly stream: number,
    readonly event: EventChoice,
    readonly expected: ExpectedSpec,
    readonly form: ExpectedForm,
    readonly timeouts: number,
  ) {
    super();
  }

  async run(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const entityId = model.names.stream(this.stream);
    const aggregateType = model.names.aggregateTypeOf(this.stream);
    const version = model.version(entityId);
    const { input, expected } = resolveExpected(this.expected, version, this.form);
    const spec = eventSpec(model, { ...this.event, withId: false }, `${entityId}-correlation`);
    system.control.timeoutAfterCommit(this.timeouts);
    const outcome = await outcomeOf(() => system.store.appendEvent(aggregateType, entityId, spec.eventType, spec.eventData, spec.userId, spec.correlationId, input));
    system.control.disarm();
    if (!expectAppendDecision(outcome, model.decide(entityId, expected), expected, entityId, version, this.toString())) return;
    expect((outcome as { readonly value: number }).value, `${this.toString()}: the new sequence number`).to.equal(version + 1);
    model.append(entityId, aggregateType, [spec], model.nowIso());
  }

  toString(): string {
    return `appendEvent(stream ${this.stream}, ${describeChoices([this.event])}, ${describeExpected(this.expected, this.form)})${this.timeouts > 0 ? ` after ${this.timeouts} timeout(s) after commit` : ''}`;
  }
}

/** Checks a successful appendEvents against the model and records it there. */
export function expectAppended(model: EventStoreModel, outcome: Outcome<AppendResult>, entityId: string, aggregateType: string, specs: readonly EventSpec[], commitId: string | undefined, what: string, time: string | undefined): void {
  const result = (outcome as { readonly value: AppendResult }).value;
  const version = model.version(entityId);
  expect([result.firstSequenceNumber, result.lastSequenceNumber], `${what}: first and last sequence numbers`).to.deep.equal([version + 1, version + specs.length]);
  if (commitId !== undefined) expect(result.commitId, `${what}: commitId`).to.equal(commitId);
  else expect(result.commitId, `${what}: a generated commitId`).to.be.a('string').and.not.equal('');
  expectEvents(result.events, model.append(entityId, aggregateType, specs, time), what);
}

export class AppendEventsCommand extends EventStoreCommand {
  constructor(
    readonly stream: number,
    readonly events: readonly EventChoice[],
    readonly expected: ExpectedSpec,
    readonly form: ExpectedForm,
    readonly withCommitId: boolean,
    readonly timeouts: number,
  ) {
    super();
  }

  async run(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const entityId = model.names.stream(this.stream);
    const aggregateType = model.names.aggregateTypeOf(this.stream);
    const version = model.version(entityId);
    const { input, expected } = resolveExpected(this.expected, version, this.form);
    const specs = this.events.map((choice, index) => eventSpec(model, choice, `${entityId}-batch-${index}`));
    const commitId = this.withCommitId ? model.names.nextCommitId() : undefined;
    system.control.timeoutAfterCommit(this.timeouts);
    const outcome = await outcomeOf(() => system.store.appendEvents(aggregateType, entityId, specs, input, commitId === undefined ? undefined : { commitId }));
    system.control.disarm();
    if (!expectAppendDecision(outcome, model.decide(entityId, expected), expected, entityId, version, this.toString())) return;
    expectAppended(model, outcome, entityId, aggregateType, specs, commitId, this.toString(), model.nowIso());
  }

  toString(): string {
    const extras = [this.withCommitId ? 'a commit id' : '', this.timeouts > 0 ? `${this.timeouts} timeout(s) after commit` : ''].filter((text) => text !== '');
    return `appendEvents(stream ${this.stream}, [${describeChoices(this.events)}], ${describeExpected(this.expected, this.form)})${extras.length > 0 ? ` with ${extras.join(' and ')}` : ''}`;
  }
}
