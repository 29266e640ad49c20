/**
 * Declares the EventStore contract as mocha tests: model-based properties (fc.commands against
 * the plain model of event-store-model.ts) and race properties (fc.scheduler), each on a fresh
 * subject from the factory. Properties whose capability the adapter declares missing are pending
 * tests that say so.
 */
import fc from 'fast-check';
import { checkProperty, commandsArbitrary } from '../shared/check-property.js';
import { declareProperties } from '../shared/declare-properties.js';
import { runPrefixes, withSubject } from '../shared/run-subject.js';
import { mergeSettings, resolveRuns, type Environment } from '../shared/store-contract-settings.js';
import type { EventStoreSystem } from './commands/event-store-command.js';
import { EventStoreModel, EventStoreNames, STREAMS } from './event-store-model.js';
import { raceCaseArbitrary, runRace, type RaceMode } from './event-store-races.js';
import { DEFAULT_EVENT_STORE_CAPABILITIES, type EventStoreContractCapabilities, type EventStoreFactory, type EventStoreUnderTest } from './event-store-under-test.js';
import { eventStoreCommands } from './event-store-vocabulary.js';
import { expectEvents, expectSnapshot } from './expect-events.js';

async function expectStoreMatchesModel(model: EventStoreModel, system: EventStoreSystem): Promise<void> {
  for (let stream = 0; stream < STREAMS; stream++) {
    const entityId = model.names.stream(stream);
    expectEvents(await system.store.getEvents(entityId), model.events(entityId), `at the end of the run, stream ${stream}`);
    expectSnapshot(await system.store.getLatestSnapshot(entityId), model.latestSnapshot(entityId), `at the end of the run, the latest snapshot of stream ${stream}`);
  }
}

interface Property {
  readonly title: string;
  /** Why the property cannot run on this adapter, if it cannot. */
  readonly missing: string | undefined;
  run(title: string, factory: EventStoreFactory, capabilities: EventStoreContractCapabilities, environment?: Environment): Promise<void>;
}

function modelProperty(title: string, indexReads: boolean): Property {
  return {
    title,
    missing: undefined,
    run: (fullTitle, factory, capabilities, environment) =>
      withSubject(factory, capabilities.portControl, async (subject: EventStoreUnderTest, control) => {
        const settings = resolveRuns(capabilities, environment);
        const nextPrefix = runPrefixes(capabilities.uniqueId());
        const commands = eventStoreCommands(capabilities, { indexReads });
        const property = fc.asyncProperty(commandsArbitrary<EventStoreModel, EventStoreSystem>(commands, capabilities.maxCommands, settings), async (sequence) => {
          const model = new EventStoreModel(new EventStoreNames(nextPrefix()), subject.clock, subject.newEventStore !== undefined);
          const system: EventStoreSystem = { store: subject.eventStore, subject, control, capabilities };
          await fc.asyncModelRun(() => ({ model, real: system }), sequence);
          await expectStoreMatchesModel(model, system);
        });
        await checkProperty(fullTitle, property, settings, settings.numRuns);
      }),
  };
}

function raceProperty(title: string, mode: RaceMode, capabilities: EventStoreContractCapabilities): Property {
  return {
    title,
    missing: capabilities.portControl ? undefined : 'portControl: false',
    run: (fullTitle, factory, _declared, environment) =>
      withSubject(factory, true, async (subject, control) => {
        const settings = resolveRuns(capabilities, environment);
        const nextPrefix = runPrefixes(capabilities.uniqueId());
        const property = fc.asyncProperty(raceCaseArbitrary(capabilities.maxWriters), fc.scheduler(), async (race, scheduler) => runRace(subject, control, nextPrefix(), mode, race, scheduler));
        await checkProperty(fullTitle, property, settings, settings.raceRuns);
      }),
  };
}

function eventStoreProperties(capabilities: EventStoreContractCapabilities): readonly Property[] {
  return [
    modelProperty('appends with right and wrong expected versions of every mode, batches, retries, reads, snapshots and aggregates agree with the model', false),
    {
      ...modelProperty('reads by event type and by user, within time ranges, show every append in time order', true),
      missing: capabilities.immediateIndexReads ? undefined : 'immediateIndexReads: false',
    },
    raceProperty('concurrent appenders with exact expected versions: one winner per version, no gaps, nothing lost, losers get ConcurrencyError', 'exact', capabilities),
    raceProperty('concurrent appenders without an expected version: every append lands exactly once, where the store said', 'any', capabilities),
  ];
}

/**
 * Runs the one property whose title starts with `titleStart`, outside mocha's declarations: for
 * tests of the suite itself (does it catch a faulty store?). The CONTRACT_* environment
 * variables, meant for replaying the suite's own failures, do not apply. Not part of the public
 * entry.
 */
export async function runEventStoreProperty(titleStart: string, factory: EventStoreFactory, declared: Partial<EventStoreContractCapabilities> = {}): Promise<void> {
  const capabilities = mergeSettings(DEFAULT_EVENT_STORE_CAPABILITIES, declared);
  const property = eventStoreProperties(capabilities).find((candidate) => candidate.title.startsWith(titleStart));
  if (property === undefined) throw new Error(`no EventStore property starts with ${JSON.stringify(titleStart)}`);
  await property.run(property.title, factory, capabilities, {});
}

/**
 * Declares the contract for one event store. `factory` gives a fresh subject for each property
 * (a store built over `context.wrapPort(port)`, optionally more stores over the same tables and
 * the clock); `capabilities` declares what the adapter lacks and tunes the effort.
 */
export function describeEventStoreContract(name: string, factory: EventStoreFactory, declared: Partial<EventStoreContractCapabilities> = {}): void {
  const capabilities = mergeSettings(DEFAULT_EVENT_STORE_CAPABILITIES, declared);
  describe(`EventStore contract: ${name}`, function () {
    declareProperties(
      eventStoreProperties(capabilities).map((property) => ({ ...property, run: (title: string) => property.run(title, factory, capabilities) })),
      capabilities.timeoutMs,
    );
  });
}
