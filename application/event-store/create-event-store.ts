/**
 * The event store over the DynamoDB port. Runs unchanged on every adapter (AWS, simulator,
 * record/replay): it only speaks the port. See append-events.ts for how appends behave.
 */
import { InvalidInputError } from '../../domain/errors/invalid-input-error.js';
import { expectedVersionFrom, type ExpectedVersionInput } from '../../domain/events/expected-version.js';
import { newEvent, type NewEventInput } from '../../domain/events/new-event.js';
import type { Snapshot } from '../../domain/events/stored-event.js';
import { createUpcasterRegistry, type Upcaster, type UpcasterRegistry } from '../../domain/events/upcasters.js';
import { resolveTableName, type Environment } from '../../domain/tables/resolve-table-name.js';
import { EVENT_ATTRIBUTES as E, EVENT_STORE_EVENTS_TABLE, EVENT_STORE_SNAPSHOTS_TABLE, EVENT_TYPE_INDEX, USER_ACTION_INDEX } from '../../domain/tables/table-specs.js';
import { aggregateType, commitId, entityId, eventType, userId } from '../../domain/values/identifiers.js';
import { isPlainObject } from '../../domain/values/json-value.js';
import type { Clock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { AppendOptions, EventStore } from '../../ports/event-store.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import { realSleep, type Sleep } from './ambiguous-retry.js';
import { appendEvents, MAX_EVENTS_PER_APPEND } from './append-events.js';
import type { EventStoreContext } from './event-store-context.js';
import { DEFAULT_KNOWN_STREAMS, KnownVersions } from './known-versions.js';
import { loadAggregate } from './load-aggregate.js';
import { queryByTime, timeRange } from './query-by-time.js';
import { collect, MAX_PAGE_SIZE, queryStream, streamRange } from './read-stream.js';
import { streamVersion } from '../../domain/values/versions.js';
import { createSnapshot, getLatestSnapshot } from './snapshots.js';

export interface EventStoreOptions {
  readonly port: DynamoDbPort;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Table names; by default from the environment (EVENT_STORE_TABLE_NAME, SNAPSHOT_TABLE_NAME), else the design's names. */
  readonly tables?: { readonly events?: string | undefined; readonly snapshots?: string | undefined } | undefined;
  readonly environment?: Environment | undefined;
  /** Upcasters of older event schema versions (see domain/events/upcasters.ts). */
  readonly upcasters?: UpcasterRegistry | readonly Upcaster[] | undefined;
  /** Streams whose version this process remembers (default 10,000); false: none (see known-versions.ts). */
  readonly knownVersions?: false | { readonly maxStreams: number } | undefined;
  /** Resends of a write after an ambiguous failure (default 3; see ambiguous-retry.ts). */
  readonly ambiguousRetries?: number | undefined;
  /** Attempts of an append without an exact expected version that keeps losing races (default 50). */
  readonly maxAppendAttempts?: number | undefined;
  readonly sleep?: Sleep | undefined;
  readonly random?: (() => number) | undefined;
}

function registry(upcasters: EventStoreOptions['upcasters']): UpcasterRegistry {
  if (upcasters === undefined) return createUpcasterRegistry();
  return Array.isArray(upcasters) ? createUpcasterRegistry(upcasters) : (upcasters as UpcasterRegistry);
}

function contextOf(options: EventStoreOptions): EventStoreContext {
  const environment = options.environment ?? {};
  const known = options.knownVersions === false ? 0 : (options.knownVersions?.maxStreams ?? DEFAULT_KNOWN_STREAMS);
  return {
    port: options.port,
    clock: options.clock,
    ids: options.ids,
    eventsTable: options.tables?.events ?? resolveTableName(EVENT_STORE_EVENTS_TABLE, environment),
    snapshotsTable: options.tables?.snapshots ?? resolveTableName(EVENT_STORE_SNAPSHOTS_TABLE, environment),
    upcasters: registry(options.upcasters),
    known: new KnownVersions(known),
    retry: { retries: options.ambiguousRetries ?? 3, baseDelayMs: 25, sleep: options.sleep ?? realSleep, random: options.random ?? Math.random },
    maxAppendAttempts: options.maxAppendAttempts ?? 50,
  };
}

function appendOptions(options: unknown): AppendOptions {
  if (options === undefined) return {};
  if (!isPlainObject(options)) throw new InvalidInputError('options', 'must be an object');
  return { commitId: options['commitId'] === undefined ? undefined : commitId(options['commitId'], 'options.commitId') };
}

export function createEventStore(options: EventStoreOptions): EventStore {
  const context = contextOf(options);

  const appendMany: EventStore['appendEvents'] = async (type, id, events, expectedVersion, append) => {
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS_PER_APPEND) {
      throw new InvalidInputError('events', `must be an array of 1 to ${MAX_EVENTS_PER_APPEND} events`);
    }
    const given = appendOptions(append).commitId;
    const request = {
      aggregateType: aggregateType(type),
      entityId: entityId(id),
      events: (events as readonly unknown[]).map((event, index) => newEvent(event, `events[${index}]`)),
      expected: expectedVersionFrom(expectedVersion),
      commitId: commitId(given ?? context.ids.newId()),
      repeatable: given !== undefined,
    };
    return appendEvents(context, request);
  };

  const store: EventStore = {
    async appendEvent(type: string, id: string, typeOfEvent: string, eventData: unknown, user: string, correlation: string, expectedVersion?: ExpectedVersionInput): Promise<number> {
      const event: NewEventInput = { eventType: typeOfEvent, eventData, userId: user, correlationId: correlation };
      // Checked with the parameter names of appendEvent in any error message.
      const checked = newEvent(event);
      const result = await appendEvents(context, { aggregateType: aggregateType(type), entityId: entityId(id), events: [checked], expected: expectedVersionFrom(expectedVersion), commitId: commitId(context.ids.newId()) });
      return result.lastSequenceNumber;
    },
    appendEvents: appendMany,
    getEvents: async (id, fromSequence, toSequence) => {
      const from = fromSequence === undefined ? 1 : streamVersion(fromSequence, 'fromSequence');
      const to = toSequence === undefined ? Number.MAX_SAFE_INTEGER : streamVersion(toSequence, 'toSequence');
      return collect(queryStream(context, entityId(id), { direction: 'forward', from: Math.max(1, from), to, pageSize: MAX_PAGE_SIZE }));
    },
    getEventsByType: async (type, typeOfEvent, fromTime, toTime) =>
      queryByTime(context, { indexName: EVENT_TYPE_INDEX, partitionAttribute: E.aggregateType, partitionValue: aggregateType(type), timeAttribute: E.eventTime, range: timeRange(fromTime, toTime), filter: { attribute: E.eventType, value: eventType(typeOfEvent) } }),
    getEventsByUser: async (user, fromTime, toTime) => queryByTime(context, { indexName: USER_ACTION_INDEX, partitionAttribute: E.userId, partitionValue: userId(user), timeAttribute: E.eventTime, range: timeRange(fromTime, toTime) }),
    readStream: (id, readOptions) => {
      // Checked now, so that bad input fails at the call rather than at the first iteration.
      const range = streamRange(readOptions);
      return queryStream(context, entityId(id), range);
    },
    createSnapshot: async (type, id, version, snapshotData, eventSequenceNumber) => createSnapshot(context, { aggregateType: type, entityId: id, version, snapshotData, eventSequenceNumber }),
    // The caller's view of the data is not checked: the port documents T as such.
    getLatestSnapshot: async <T>(id: string) => getLatestSnapshot(context, entityId(id)) as Promise<Snapshot<T> | null>,
    loadAggregate: async (id, evolve, initial, loadOptions) => loadAggregate(context, entityId(id), evolve, initial, loadOptions),
  };
  return Object.freeze(store);
}
