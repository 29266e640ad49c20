/**
 * The base of the event store's model-based commands, what they run against, and the expected
 * versions they append with (in both of the forms appendEvent accepts: a number or a mode).
 */
import { expect } from 'chai';
import type fc from 'fast-check';
import { ExpectedVersion, expectedVersionFrom, type ExpectedVersionDecision, type ExpectedVersionInput } from '../../../../domain/events/expected-version.js';
import { ConcurrencyError, type EventStore } from '../../../../ports/event-store.js';
import type { Outcome } from '../../shared/outcome.js';
import { describeOutcome } from '../../shared/outcome.js';
import type { PortControl } from '../../shared/port-control.js';
import type { EventStoreContractCapabilities, EventStoreUnderTest } from '../event-store-under-test.js';
import type { EventStoreModel } from '../event-store-model.js';

export interface EventStoreSystem {
  /** The store the commands use now (another one after a SwitchStore command). */
  store: EventStore;
  readonly subject: EventStoreUnderTest;
  readonly control: PortControl;
  readonly capabilities: EventStoreContractCapabilities;
}

export abstract class EventStoreCommand implements fc.AsyncCommand<EventStoreModel, EventStoreSystem> {
  check(_model: Readonly<EventStoreModel>): boolean {
    return true;
  }

  abstract run(model: EventStoreModel, system: EventStoreSystem): Promise<void>;

  abstract toString(): string;
}

/** An expected version relative to the stream's version when the command runs. */
export type ExpectedSpec =
  | { readonly kind: 'any' | 'no-stream' | 'stream-exists' }
  /** exact(version + delta), at least 0. */
  | { readonly kind: 'exact'; readonly delta: number };

/** How the expectation is passed: as a number (the design's interface) or as a mode. */
export type ExpectedForm = 'number' | 'mode';

export function describeExpected(spec: ExpectedSpec, form: ExpectedForm): string {
  const text = spec.kind === 'exact' ? `exact(version${spec.delta >= 0 ? '+' : ''}${spec.delta})` : spec.kind;
  return `${text} as ${form}`;
}

export function resolveExpected(spec: ExpectedSpec, version: number, form: ExpectedForm): { readonly input: ExpectedVersionInput; readonly expected: ExpectedVersion } {
  const input = ((): ExpectedVersionInput => {
    switch (spec.kind) {
      case 'any':
        return form === 'number' ? undefined : ExpectedVersion.any;
      case 'no-stream':
        return form === 'number' ? 0 : ExpectedVersion.noStream;
      case 'stream-exists':
        return ExpectedVersion.streamExists;
      case 'exact': {
        const exact = Math.max(0, version + spec.delta);
        return form === 'number' ? exact : ExpectedVersion.exact(exact);
      }
    }
  })();
  return { input, expected: expectedVersionFrom(input) };
}

/**
 * An append's outcome against the model's decision: success, or a ConcurrencyError that names
 * the stream, the expectation and how the stream stood. True when the append was to succeed.
 */
export function expectAppendDecision(outcome: Outcome<unknown>, decision: ExpectedVersionDecision, expected: ExpectedVersion, entityId: string, version: number, what: string): boolean {
  if (decision.outcome === 'append') {
    expect(outcome.ok, `${what} appends to ${entityId} at version ${version}, but ${describeOutcome(outcome)}`).to.equal(true);
    return true;
  }
  expect(outcome.ok, `${what} fails with ConcurrencyError on ${entityId} at version ${version}, but ${describeOutcome(outcome)}`).to.equal(false);
  const error = (outcome as { readonly error: unknown }).error;
  expect(ConcurrencyError.is(error), `${what}: ConcurrencyError expected, got ${String(error)}`).to.equal(true);
  const conflict = error as ConcurrencyError;
  expect(conflict.entityId, `${what}: ConcurrencyError.entityId`).to.equal(entityId);
  expect(conflict.expected, `${what}: ConcurrencyError.expected`).to.deep.equal(expected);
  expect(conflict.mismatch, `${what}: ConcurrencyError.mismatch`).to.equal(decision.mismatch);
  if (conflict.actualVersion !== undefined) expect(conflict.actualVersion, `${what}: ConcurrencyError.actualVersion`).to.equal(version);
  return false;
}
