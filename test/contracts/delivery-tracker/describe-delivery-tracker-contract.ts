/**
 * Declares the DeliveryTracker contract as mocha tests: model-based properties (writes and
 * gets; queries with paging, which read indexes) and race properties (fc.scheduler), each on a
 * fresh subject from the factory.
 */
import fc from 'fast-check';
import { DELIVERY_STATUSES } from '../../../domain/delivery/delivery-status.js';
import { checkProperty, commandsArbitrary } from '../shared/check-property.js';
import { declareProperties } from '../shared/declare-properties.js';
import { jsonDataArbitrary } from '../shared/json-data.js';
import { runPrefixes, withSubject } from '../shared/run-subject.js';
import { mergeSettings, resolveRuns, type Environment } from '../shared/store-contract-settings.js';
import type { PortControl } from '../shared/port-control.js';
import { DeliveryModel, EVENT_TIMES, EVENTS, USERS, type DeliveryContent, type TransitionCall } from './delivery-model.js';
import { AdvanceDeliveryClockCommand, GetDeliveryCommand, INVALID_DELIVERY_CALLS, InvalidDeliveryCommand, QueryCommand, SwitchTrackerCommand, type QueryChoice } from './delivery-read-commands.js';
import { runRecordRace, runTransitionRace } from './delivery-races.js';
import { eventTime, type DeliveryCommand, type DeliverySystem, type KeyChoice } from './delivery-system.js';
import { DEFAULT_DELIVERY_TRACKER_CAPABILITIES, type DeliveryTrackerContractCapabilities, type DeliveryTrackerFactory, type DeliveryTrackerUnderTest } from './delivery-tracker-under-test.js';
import { CallerRetryCommand, RecordCommand, TransitionCommand } from './delivery-write-commands.js';
import { expectDelivery } from './expect-delivery.js';

const EVENT_TYPES = ['Email', 'Sms'] as const;
const DAY_MS = 86_400_000;

const keyArbitrary: fc.Arbitrary<KeyChoice> = fc.record({
  user: fc.integer({ min: 0, max: USERS - 1 }),
  event: fc.integer({ min: 0, max: EVENTS - 1 }),
  time: fc.integer({ min: 0, max: EVENT_TIMES - 1 }),
  withZoneOffset: fc.boolean(),
});

const contentArbitrary: fc.Arbitrary<DeliveryContent> = fc.record({
  eventType: fc.constantFrom(...EVENT_TYPES),
  payload: fc.oneof({ weight: 4, arbitrary: fc.constantFrom({ to: 'a@example.com', template: 'welcome' }, { template: 'welcome', to: 'a@example.com' }, { to: '+15550100' }) }, { weight: 1, arbitrary: jsonDataArbitrary }),
});

export const transitionCallArbitrary: fc.Arbitrary<TransitionCall> = fc.record({
  name: fc.constantFrom('markDelivered' as const, 'markFailed' as const, 'scheduleRetry' as const),
  error: fc.constantFrom('bounced', 'timeout', 'rejected'),
  retryAt: fc.integer({ min: 1, max: 4 }).map((time) => eventTime(time + 10)),
});

const bound = fc.option(fc.record({ steps: fc.integer({ min: 0, max: 8 }), withZoneOffset: fc.boolean() }), { nil: undefined, freq: 3 });

const queryArbitrary: fc.Arbitrary<QueryChoice> = fc.oneof(
  fc.constant({ by: 'user' as const }),
  fc.constantFrom(...EVENT_TYPES).map((eventType) => ({ by: 'type' as const, eventType })),
  fc.constantFrom(...DELIVERY_STATUSES).map((status) => ({ by: 'status' as const, status })),
);

function commands(capabilities: DeliveryTrackerContractCapabilities, queries: boolean): fc.Arbitrary<DeliveryCommand>[] {
  const control = capabilities.portControl && capabilities.ambiguousRetries > 0;
  const timeouts = control ? fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: capabilities.ambiguousRetries }) }) : fc.constant(0);
  const record = fc.tuple(keyArbitrary, contentArbitrary, timeouts).map(([key, content, t]) => new RecordCommand(key, content, t));
  const move = fc.tuple(keyArbitrary, transitionCallArbitrary, timeouts).map(([key, call, t]) => new TransitionCommand(key, call, t));
  const list: fc.Arbitrary<DeliveryCommand>[] = [
    record,
    record,
    move,
    move,
    move,
    keyArbitrary.map((key) => new GetDeliveryCommand(key)),
    fc.constantFrom(1000, 3_600_000, DAY_MS, 31 * DAY_MS).map((ms) => new AdvanceDeliveryClockCommand(ms)),
    fc.constant(new SwitchTrackerCommand()),
    fc.tuple(keyArbitrary, fc.constantFrom(...INVALID_DELIVERY_CALLS)).map(([key, call]) => new InvalidDeliveryCommand(key, call)),
  ];
  if (capabilities.portControl) {
    list.push(fc.tuple(keyArbitrary, fc.oneof(contentArbitrary.map((content) => ({ record: content })), transitionCallArbitrary.map((call) => ({ transition: call })))).map(([key, write]) => new CallerRetryCommand(key, write)));
  }
  if (queries) {
    const query = fc.tuple(fc.integer({ min: 0, max: USERS - 1 }), queryArbitrary, bound, bound, fc.integer({ min: 1, max: 3 })).map(([user, choice, from, to, limit]) => new QueryCommand(user, choice, from, to, limit));
    list.push(query, query, query);
  }
  return list;
}

interface Property {
  readonly title: string;
  readonly missing: string | undefined;
  readonly needsControl: boolean;
  readonly body: (capabilities: DeliveryTrackerContractCapabilities, factory: DeliveryTrackerFactory, environment?: Environment) => (title: string) => Promise<void>;
}

function modelProperty(title: string, queries: boolean, missing: string | undefined): Property {
  return {
    title,
    missing,
    needsControl: false,
    body: (capabilities, factory, environment) => (fullTitle) =>
      withSubject(factory, capabilities.portControl, async (subject, control) => {
        const settings = resolveRuns(capabilities, environment);
        const nextPrefix = runPrefixes(capabilities.uniqueId());
        const property = fc.asyncProperty(commandsArbitrary(commands(capabilities, queries), capabilities.maxCommands, settings), async (sequence) => {
          const model = new DeliveryModel(nextPrefix(), subject.clock, subject.newDeliveryTracker !== undefined, capabilities.maxRetries);
          const system: DeliverySystem = { tracker: subject.deliveryTracker, subject, control, capabilities };
          await fc.asyncModelRun(() => ({ model, real: system }), sequence);
          for (const record of model.allKeys()) {
            expectDelivery(await system.tracker.get(record), model.live(record.userId, record.timestamp, record.eventId), 'at the end of the run');
          }
        });
        await checkProperty(fullTitle, property, settings, settings.numRuns);
      }),
  };
}

function raceProperty<R>(title: string, arbitrary: (capabilities: DeliveryTrackerContractCapabilities) => fc.Arbitrary<R>, run: (subject: DeliveryTrackerUnderTest, control: PortControl, prefix: string, race: R, scheduler: fc.Scheduler, capabilities: DeliveryTrackerContractCapabilities) => Promise<void>): Property {
  return {
    title,
    missing: undefined,
    needsControl: true,
    body: (capabilities, factory, environment) => (fullTitle) =>
      withSubject(factory, true, async (subject, control) => {
        const settings = resolveRuns(capabilities, environment);
        const nextPrefix = runPrefixes(capabilities.uniqueId());
        const property = fc.asyncProperty(arbitrary(capabilities), fc.scheduler(), async (race, scheduler) => run(subject, control, nextPrefix(), race, scheduler, capabilities));
        await checkProperty(fullTitle, property, settings, settings.raceRuns);
      }),
  };
}

function deliveryProperties(capabilities: DeliveryTrackerContractCapabilities): readonly Property[] {
  return [
    modelProperty('records (new, duplicate, conflict, expired), legal and illegal transitions, lost answers, gets and TTL agree with the model', false, undefined),
    modelProperty('queries by user, event type and status, newest first, within time ranges and in pages, show exactly the live records', true, capabilities.immediateIndexReads ? undefined : 'immediateIndexReads: false'),
    raceProperty(
      'concurrent transitions of one record: outcomes and final record as in some order one after another, the retry count exact',
      (settings) => fc.record({ before: fc.array(transitionCallArbitrary, { maxLength: 3 }), concurrent: fc.array(transitionCallArbitrary, { minLength: 2, maxLength: settings.maxWriters }) }),
      (subject, control, prefix, race, scheduler, settings) => runTransitionRace(subject, control, prefix, race, settings.maxRetries, scheduler),
    ),
    raceProperty(
      'concurrent records of one key: one recorded, the others duplicates of it or conflicts',
      (settings) => fc.record({ existing: fc.option(contentArbitrary, { nil: undefined, freq: 4 }), records: fc.array(contentArbitrary, { minLength: 2, maxLength: settings.maxWriters }) }),
      (subject, control, prefix, race, scheduler) => runRecordRace(subject, control, prefix, race, scheduler),
    ),
  ];
}

/** Runs one property outside mocha's declarations, for tests of the suite itself (see runEventStoreProperty). */
export async function runDeliveryTrackerProperty(titleStart: string, factory: DeliveryTrackerFactory, declared: Partial<DeliveryTrackerContractCapabilities> = {}): Promise<void> {
  const capabilities = mergeSettings(DEFAULT_DELIVERY_TRACKER_CAPABILITIES, declared);
  const property = deliveryProperties(capabilities).find((candidate) => candidate.title.startsWith(titleStart));
  if (property === undefined) throw new Error(`no DeliveryTracker property starts with ${JSON.stringify(titleStart)}`);
  await property.body(capabilities, factory, {})(property.title);
}

/** Declares the contract for one delivery tracker; see describeEventStoreContract for the factory. */
export function describeDeliveryTrackerContract(name: string, factory: DeliveryTrackerFactory, declared: Partial<DeliveryTrackerContractCapabilities> = {}): void {
  const capabilities = mergeSettings(DEFAULT_DELIVERY_TRACKER_CAPABILITIES, declared);
  const properties = deliveryProperties(capabilities);
  describe(`DeliveryTracker contract: ${name}`, function () {
    declareProperties(
      properties.map((property) => ({
        title: property.title,
        missing: property.missing ?? (property.needsControl && !capabilities.portControl ? 'portControl: false' : undefined),
        run: property.body(capabilities, factory),
      })),
      capabilities.timeoutMs,
    );
  });
}

