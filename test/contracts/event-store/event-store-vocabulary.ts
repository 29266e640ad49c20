/** The commands of the event store's model-based property, weighted by how often they come. */
import fc from 'fast-check';
import { jsonDataArbitrary } from '../shared/json-data.js';
import { TIME_STEP_MS, type TimeBound } from '../shared/time-bound.js';
import { AppendEventCommand, AppendEventsCommand, type EventChoice } from './commands/append-commands.js';
import { CallerRetryCommand } from './commands/caller-retry-command.js';
import { AdvanceClockCommand, INVALID_CALLS, InvalidInputCommand, SwitchStoreCommand } from './commands/control-commands.js';
import type { EventStoreCommand, ExpectedForm, ExpectedSpec } from './commands/event-store-command.js';
import { IndexQueryCommand, type IndexRead } from './commands/index-query-command.js';
import { GetEventsCommand, ReadStreamCommand } from './commands/read-commands.js';
import { CreateSnapshotCommand, LatestSnapshotCommand, LoadAggregateCommand } from './commands/snapshot-commands.js';
import type { EventStoreContractCapabilities } from './event-store-under-test.js';
import { EVENT_TYPES, STREAMS, USERS } from './event-store-model.js';

const stream = fc.integer({ min: 0, max: STREAMS - 1 });

export const eventChoiceArbitrary: fc.Arbitrary<EventChoice> = fc.record({
  eventType: fc.constantFrom(...EVENT_TYPES),
  user: fc.integer({ min: 0, max: USERS - 1 }),
  eventData: jsonDataArbitrary,
  withId: fc.boolean(),
});

/** Mostly the right version, so that streams grow; every mode and wrong versions too. */
const expectedArbitrary: fc.Arbitrary<ExpectedSpec> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<ExpectedSpec>({ kind: 'exact', delta: 0 }) },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: 2 }).map((delta): ExpectedSpec => ({ kind: 'exact', delta })) },
  { weight: 3, arbitrary: fc.constantFrom<ExpectedSpec>({ kind: 'any' }, { kind: 'no-stream' }, { kind: 'stream-exists' }) },
);

const formArbitrary: fc.Arbitrary<ExpectedForm> = fc.constantFrom('number', 'mode');

/** Sequence numbers around the small streams of a run, or no bound. */
const sequenceBound = fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined });

const timeBound: fc.Arbitrary<TimeBound | undefined> = fc.option(fc.record({ steps: fc.integer({ min: 0, max: 8 }), withZoneOffset: fc.boolean() }), { nil: undefined, freq: 3 });

const indexRead: fc.Arbitrary<IndexRead> = fc.oneof(
  fc.record({ by: fc.constant('type' as const), aggregateType: fc.integer({ min: 0, max: 1 }), eventType: fc.constantFrom(...EVENT_TYPES) }),
  fc.record({ by: fc.constant('user' as const), user: fc.integer({ min: 0, max: USERS - 1 }) }),
);

function timeoutsArbitrary(capabilities: EventStoreContractCapabilities): fc.Arbitrary<number> {
  if (!capabilities.portControl || capabilities.ambiguousRetries === 0) return fc.constant(0);
  return fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: capabilities.ambiguousRetries }) });
}

export function eventStoreCommands(capabilities: EventStoreContractCapabilities, options: { readonly indexReads: boolean }): fc.Arbitrary<EventStoreCommand>[] {
  const timeouts = timeoutsArbitrary(capabilities);
  const append = fc.tuple(stream, eventChoiceArbitrary, expectedArbitrary, formArbitrary, timeouts).map(([s, event, expected, form, t]) => new AppendEventCommand(s, event, expected, form, t));
  const batch = fc
    .tuple(stream, fc.array(eventChoiceArbitrary, { minLength: 2, maxLength: 4 }), expectedArbitrary, formArbitrary, fc.boolean(), timeouts)
    .map(([s, events, expected, form, withCommitId, t]) => new AppendEventsCommand(s, events, expected, form, withCommitId, t));
  const commands: fc.Arbitrary<EventStoreCommand>[] = [
    append,
    append,
    append,
    batch,
    fc.tuple(stream, sequenceBound, sequenceBound).map(([s, from, to]) => new GetEventsCommand(s, from, to)),
    fc.tuple(stream, fc.constantFrom('forward' as const, 'backward' as const), sequenceBound, sequenceBound, fc.integer({ min: 1, max: 4 })).map(([s, direction, from, to, pageSize]) => new ReadStreamCommand(s, direction, from, to, pageSize)),
    fc.tuple(stream, fc.integer({ min: -2, max: 2 }), fc.boolean(), fc.record({ count: fc.nat(50), last: fc.nat(50), trail: fc.string({ maxLength: 8 }) })).map(([s, delta, head, data]) => new CreateSnapshotCommand(s, delta, head, data)),
    stream.map((s) => new LatestSnapshotCommand(s)),
    fc.tuple(stream, fc.boolean()).map(([s, ignore]) => new LoadAggregateCommand(s, ignore)),
    fc.constantFrom(1, TIME_STEP_MS - 1, TIME_STEP_MS, 2 * TIME_STEP_MS).map((ms) => new AdvanceClockCommand(ms)),
    fc.constant(new SwitchStoreCommand()),
    fc.tuple(stream, fc.constantFrom(...INVALID_CALLS)).map(([s, call]) => new InvalidInputCommand(s, call)),
  ];
  if (options.indexReads) {
    const query = fc.tuple(indexRead, timeBound, timeBound).map(([read, from, to]) => new IndexQueryCommand(read, from, to));
    commands.push(query, query);
  }
  if (capabilities.portControl) {
    commands.push(
      fc
        .tuple(stream, fc.array(eventChoiceArbitrary, { minLength: 1, maxLength: 3 }), expectedArbitrary, formArbitrary, fc.boolean())
        .map(([s, events, expected, form, look]) => new CallerRetryCommand(s, events, expected, form, look && (expected.kind === 'exact' || expected.kind === 'no-stream'))),
    );
  }
  return commands;
}
