/**
 * An append whose every attempt the store makes is applied and then times out, so the timeout
 * reaches the caller, who repeats the very same append (same commit id, same events). The first
 * append must succeed exactly when the model says so, once, and return the events as stored
 * (with an expected version the first attempt landed, so its time is theirs); when it was to
 * fail, the repeat fails with the ConcurrencyError.
 *
 * With `lookFirst` the caller reads the stream with the same store before repeating, so that the
 * store knows the stream is past the expected version: the repeat must still be recognised. Only
 * with an expected version: without one, a repeat is recognised only while the store knows no more
 * than before (it writes after what it knows), which is all the library promises there.
 */
import { expect } from 'chai';
import { ConcurrencyError } from '../../../../ports/event-store.js';
import { outcomeOf } from '../../shared/outcome.js';
import type { EventStoreModel } from '../event-store-model.js';
import { describeChoices, eventSpec, expectAppended, type EventChoice } from './append-commands.js';
import { describeExpected, EventStoreCommand, expectAppendDecision, resolveExpected, type EventStoreSystem, type ExpectedForm, type ExpectedSpec } from './event-store-command.js';

export class CallerRetryCommand extends EventStoreCommand {
  constructor(
    readonly stream: number,
    readonly events: readonly EventChoice[],
    readonly expected: ExpectedSpec,
    readonly form: ExpectedForm,
    readonly lookFirst: boolean,
  ) {
    super();
  }

  async run(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const entityId = model.names.stream(this.stream);
    const aggregateType = model.names.aggregateTypeOf(this.stream);
    const version = model.version(entityId);
    const { input, expected } = resolveExpected(this.expected, version, this.form);
    const specs = this.events.map((choice, index) => eventSpec(model, choice, `${entityId}-retried-${index}`));
    const commitId = model.names.nextCommitId();
    const append = () => system.store.appendEvents(aggregateType, entityId, specs, input, { commitId });
    system.control.timeoutAfterCommit(system.capabilities.ambiguousRetries + 1);
    const first = await outcomeOf(append);
    const timedOut = system.control.disarm() > 0;
    // A conflict the store knows of without a request comes at once; otherwise the caller sees
    // a failure it cannot interpret, and repeats the append.
    const firstTime = model.nowIso();
    const repeat = !first.ok && timedOut && !ConcurrencyError.is(first.error);
    // The caller comes back a moment later: what it gets must be what was stored.
    if (repeat) model.clock?.advance(1);
    if (repeat && this.lookFirst) await system.store.getEvents(entityId);
    const outcome = repeat ? await outcomeOf(append) : first;
    if (!expectAppendDecision(outcome, model.decide(entityId, expected), expected, entityId, version, this.toString())) return;
    // With an expected version the first attempt wrote where the append belonged, so it landed.
    // Without one the store may have guessed a taken place first; then the repeat wrote it.
    const landedFirst = !repeat || expected.kind === 'exact' || expected.kind === 'no-stream';
    if (!landedFirst && outcome.ok && model.clock !== undefined) {
      expect(outcome.value.events.map((event) => event.eventTime), `${this.toString()}: the time of the first attempt or of the repeat`).to.satisfy((times: readonly string[]) => times.every((time) => time === firstTime || time === model.nowIso()));
    }
    expectAppended(model, outcome, entityId, aggregateType, specs, commitId, this.toString(), landedFirst ? firstTime : undefined);
  }

  toString(): string {
    return `appendEvents(stream ${this.stream}, [${describeChoices(this.events)}], ${describeExpected(this.expected, this.form)}) timing out on every resend, then repeated by the caller a moment later${this.lookFirst ? ', after reading the stream,' : ''} with the same commit id`;
  }
}
