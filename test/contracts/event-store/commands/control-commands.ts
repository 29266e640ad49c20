/**
 * Commands around the store rather than of it: moving the subject's clock, switching to another
 * store instance over the same tables (what another process, or this one restarted, sees), and
 * bad input, which must be refused with InvalidInputError before anything is written (the final
 * comparison of the run shows that nothing was).
 */
import { expect } from 'chai';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { collect } from '../../shared/collect.js';
import { describeOutcome, outcomeOf } from '../../shared/outcome.js';
import type { EventStoreModel } from '../event-store-model.js';
import { EventStoreCommand, type EventStoreSystem } from './event-store-command.js';

export class AdvanceClockCommand extends EventStoreCommand {
  constructor(readonly ms: number) {
    super();
  }

  override check(model: Readonly<EventStoreModel>): boolean {
    return model.clock !== undefined;
  }

  run(model: EventStoreModel): Promise<void> {
    model.clock?.advance(this.ms);
    return Promise.resolve();
  }

  toString(): string {
    return `advance the clock by ${this.ms} ms`;
  }
}

export class SwitchStoreCommand extends EventStoreCommand {
  override check(model: Readonly<EventStoreModel>): boolean {
    return model.canSwitchStores;
  }

  run(_model: EventStoreModel, system: EventStoreSystem): Promise<void> {
    const next = system.subject.newEventStore?.();
    if (next !== undefined) system.store = next;
    return Promise.resolve();
  }

  toString(): string {
    return 'switch to a new store instance over the same tables';
  }
}

export const INVALID_CALLS = ['negative expected version', 'fractional expected version', 'empty event type', 'event data not an object', 'no events', '101 events', 'empty user id', 'readStream sideways', 'readStream page size 0'] as const;
export type InvalidCall = (typeof INVALID_CALLS)[number];

export class InvalidInputCommand extends EventStoreCommand {
  constructor(
    readonly stream: number,
    readonly call: InvalidCall,
  ) {
    super();
  }

  async run(model: EventStoreModel, { store }: EventStoreSystem): Promise<void> {
    const entityId = model.names.stream(this.stream);
    const type = model.names.aggregateTypeOf(this.stream);
    const user = model.names.user(0);
    const event = { eventType: 'Changed', eventData: { n: 1 }, userId: user, correlationId: 'c' };
    const calls: Record<InvalidCall, () => Promise<unknown>> = {
      'negative expected version': () => store.appendEvent(type, entityId, 'Changed', { n: 1 }, user, 'c', -1),
      'fractional expected version': () => store.appendEvent(type, entityId, 'Changed', { n: 1 }, user, 'c', 1.5),
      'empty event type': () => store.appendEvent(type, entityId, '', { n: 1 }, user, 'c'),
      'event data not an object': () => store.appendEvents(type, entityId, [{ ...event, eventData: [1, 2] }]),
      'no events': () => store.appendEvents(type, entityId, []),
      '101 events': () => store.appendEvents(type, entityId, Array.from({ length: 101 }, () => event)),
      'empty user id': () => store.appendEvents(type, entityId, [event, { ...event, userId: '' }]),
      'readStream sideways': () => collect(store.readStream(entityId, { direction: 'sideways' as 'forward' })),
      'readStream page size 0': () => collect(store.readStream(entityId, { pageSize: 0 })),
    };
    const outcome = await outcomeOf(calls[this.call]);
    expect(!outcome.ok && InvalidInputError.is(outcome.error), `${this.toString()} is refused with InvalidInputError, but ${describeOutcome(outcome)}`).to.equal(true);
  }

  toString(): string {
    return `bad input on stream ${this.stream}: ${this.call}`;
  }
}
