/**
 * Appending events: one conditional request per append when the expected version is given, no
 * read before the write, no gaps, no duplicates, nothing lost.
 *
 * The request is chosen by domain/events/append-plan.ts:
 * - a plain PutItem of item v+1 under `attribute_not_exists`, when item v is known to exist (or v
 *   is 0). This is the common path: a stream continued by the process that wrote or read it last.
 * - a TransactWriteItems with a ConditionCheck that item v exists plus the Put(s) of v+1.. when v
 *   is not known to exist: one request still, so an expected version ahead of the stream is a
 *   ConcurrencyError instead of a gap.
 * - several events are always one transaction (all or nothing), with the same conditions.
 * Measured on DynamoDB Local (test/bench/append-throughput.ts): the transaction reaches about 0.6
 * of a conditional PutItem's throughput, the plain put path about the same as a raw PutItem.
 *
 * Every event item carries the commit id of its append call, and every condition asks for the
 * existing item on failure (ReturnValuesOnConditionCheckFailure ALL_OLD, which transactions
 * return in their cancellation reasons). So after an ambiguous failure the very same request can
 * be sent again: finding its own commit id in the way means the first attempt landed (success);
 * any other commit id means someone else's event (a conflict). No read in either case.
 */
import type { AppendPlan } from '../../domain/events/append-plan.js';
import { planAfterReadingHead, planAppend } from '../../domain/events/append-plan.js';
import type { ExpectedVersion, VersionMismatch } from '../../domain/events/expected-version.js';
import type { NewEvent } from '../../domain/events/new-event.js';
import type { StoredEvent } from '../../domain/events/stored-event.js';
import { RecordTooLargeError } from '../../domain/errors/record-too-large-error.js';
import { EVENT_ATTRIBUTES as E } from '../../domain/tables/table-specs.js';
import type { AggregateType, CommitId, EntityId, EventId } from '../../domain/values/identifiers.js';
import { isoFromEpochMs, type IsoTimestamp } from '../../domain/values/iso-timestamp.js';
import { itemSize, MAX_ITEM_BYTES, MAX_TRANSACTION_BYTES } from '../../domain/values/item-size.js';
import type { SequenceNumber, StreamVersion } from '../../domain/values/versions.js';
import type { Item } from '../../ports/document-value.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { TransactWriteItem } from '../../ports/dynamo-db-transaction-types.js';
import { ConcurrencyError, type AppendResult } from '../../ports/event-store.js';
import { withAmbiguousRetry } from './ambiguous-retry.js';
import { commitIdOf, eventItem, sequenceNumberOf, type JsonItem } from './event-item.js';
import type { EventStoreContext } from './event-store-context.js';
import { readHead } from './read-head.js';
import { collect, queryStream } from './read-stream.js';

export const MAX_EVENTS_PER_APPEND = 100;
const MAX_TRANSACTION_ACTIONS = 100;
/** The longest pause after a lost race (see below). */
const RACE_BACKOFF_CAP_MS = 1000;

type WriteOutcome =
  | { readonly kind: 'written' }
  /** Our own earlier attempt landed; `item` is the first of our items found in the way. */
  | { readonly kind: 'own'; readonly item: Item; readonly index: number }
  | { readonly kind: 'taken'; readonly sequenceNumber: number }
  | { readonly kind: 'predecessor-missing' };

interface Draft {
  readonly aggregateType: AggregateType;
  readonly entityId: EntityId;
  readonly events: readonly NewEvent[];
  readonly eventIds: readonly EventId[];
  readonly eventTime: IsoTimestamp;
  readonly commitId: CommitId;
}

function storedEvents(context: EventStoreContext, draft: Draft, first: number): readonly StoredEvent[] {
  return Object.freeze(
    draft.events.map((event, index) =>
      Object.freeze({
        eventId: draft.eventIds[index] as EventId,
        entityId: draft.entityId,
        sequenceNumber: (first + index) as SequenceNumber,
        aggregateType: draft.aggregateType,
        eventType: event.eventType,
        eventTime: draft.eventTime,
        eventData: event.eventData,
        version: context.upcasters.currentVersion(event.eventType),
        userId: event.userId,
        correlationId: event.correlationId,
      }),
    ),
  );
}

/** Sizes are checked once, before any request, with the longest sequence number possible. */
function checkSizes(context: EventStoreContext, draft: Draft): void {
  const items = storedEvents(context, draft, Number.MAX_SAFE_INTEGER - MAX_EVENTS_PER_APPEND).map((event) => eventItem(event, draft.commitId));
  let total = 0;
  for (const item of items) {
    const size = itemSize(item);
    if (size > MAX_ITEM_BYTES) throw new RecordTooLargeError('item', size, MAX_ITEM_BYTES, `the event item of ${item[E.eventType] as string}`);
    total += size;
  }
  if (items.length > 1 && total > MAX_TRANSACTION_BYTES) throw new RecordTooLargeError('transaction', total, MAX_TRANSACTION_BYTES, `the ${items.length} events together`);
}

const NOT_EXISTS = 'attribute_not_exists(#s)';
const NAMES = { '#s': E.sequenceNumber };

function outcomeOfTakenItem(item: Item | undefined, index: number, commitId: CommitId, fallbackSequence: number): WriteOutcome {
  if (item !== undefined && commitIdOf(item) === commitId) return { kind: 'own', item, index };
  return { kind: 'taken', sequenceNumber: item === undefined ? fallbackSequence : sequenceNumberOf(item) };
}

async function putOne(context: EventStoreContext, item: JsonItem, commitId: CommitId, sequence: number): Promise<WriteOutcome> {
  try {
    await withAmbiguousRetry(context.retry, () =>
      context.port.putItem({ TableName: context.eventsTable, Item: item, ConditionExpression: NOT_EXISTS, ExpressionAttributeNames: NAMES, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
    );
    return { kind: 'written' };
  } catch (error) {
    if (!DynamoDbError.isConditionFailed(error)) throw error;
    return outcomeOfTakenItem(error.item, 0, commitId, sequence);
  }
}

async function transact(context: EventStoreContext, draft: Draft, items: readonly JsonItem[], plan: Extract<AppendPlan, { kind: 'write' }>): Promise<WriteOutcome> {
  const check: TransactWriteItem[] = plan.checkPredecessor
    ? [{ ConditionCheck: { TableName: context.eventsTable, Key: { [E.entityId]: draft.entityId, [E.sequenceNumber]: plan.firstSequenceNumber - 1 }, ConditionExpression: 'attribute_exists(#s)', ExpressionAttributeNames: NAMES } }]
    : [];
  const puts: TransactWriteItem[] = items.map((item) => ({
    Put: { TableName: context.eventsTable, Item: item, ConditionExpression: NOT_EXISTS, ExpressionAttributeNames: NAMES, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' },
  }));
  try {
    await withAmbiguousRetry(context.retry, () => context.port.transactWriteItems({ TransactItems: [...check, ...puts] }));
    return { kind: 'written' };
  } catch (error) {
    const reasons = DynamoDbError.is(error) && error.reason === 'TransactionCanceled' ? error.cancellationReasons : undefined;
    if (reasons === undefined) throw error;
    for (let index = 0; index < items.length; index++) {
      const reason = reasons[check.length + index];
      if (reason?.Code === 'ConditionalCheckFailed') return outcomeOfTakenItem(reason.Item, index, draft.commitId, plan.firstSequenceNumber + index);
    }
    if (check.length > 0 && reasons[0]?.Code === 'ConditionalCheckFailed') return { kind: 'predecessor-missing' };
    throw error;
  }
}

/** The events our own earlier attempt stored, starting at `first`. */
async function ownEvents(context: EventStoreContext, draft: Draft, first: number, found: Item, index: number): Promise<AppendResult> {
  // The same request sent again: what it stored is exactly what was built. Only an id this call
  // generated proves that; an id of the caller's is also in a caller's repeat of the append,
  // whose other generated ids and event time differ from what the first call stored.
  const generatedHere = draft.events[index]?.eventId === undefined;
  if (generatedHere && found[E.eventId] === draft.eventIds[index] && sequenceNumberOf(found) === first + index) return result(draft, storedEvents(context, draft, first));
  // An earlier call with the same commit id (a caller's retry): read what it stored.
  const events = await collect(queryStream(context, draft.entityId, { direction: 'forward', from: first, to: first + draft.events.length - 1, pageSize: draft.events.length }));
  return result(draft, events);
}

async function itemExists(context: EventStoreContext, entityId: EntityId, sequence: number): Promise<boolean> {
  const output = await context.port.getItem({ TableName: context.eventsTable, Key: { [E.entityId]: entityId, [E.sequenceNumber]: sequence }, ConsistentRead: true, ProjectionExpression: '#s', ExpressionAttributeNames: NAMES });
  if (output.Item === undefined) return false;
  context.known.observe(entityId, sequence);
  return true;
}

function result(draft: Draft, events: readonly StoredEvent[]): AppendResult {
  const first = events[0]?.sequenceNumber ?? 0;
  return Object.freeze({ firstSequenceNumber: first, lastSequenceNumber: first + events.length - 1, commitId: draft.commitId, events });
}

function conflict(draft: Draft, expected: ExpectedVersion, mismatch: VersionMismatch, actual?: number): ConcurrencyError {
  return new ConcurrencyError(draft.entityId, expected, mismatch, actual);
}

export interface AppendRequest {
  readonly aggregateType: AggregateType;
  readonly entityId: EntityId;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedVersion;
  readonly commitId: CommitId;
  /**
   * The commit id is the caller's, so this may repeat an append that landed although the caller
   * saw a failure. Then a stale exact (or no-stream) expectation is not refused from what this
   * store knows: the write is sent, and the item in its place tells own commit from another's.
   */
  readonly repeatable?: boolean | undefined;
}

/** The plan, except that a possible repeat of a landed append is checked against the items. */
function firstPlan(expected: ExpectedVersion, known: StreamVersion, repeatable: boolean): AppendPlan {
  const plan = planAppend(expected, known);
  if (plan.kind !== 'conflict' || !repeatable) return plan;
  if (expected.kind === 'exact') return { kind: 'write', firstSequenceNumber: expected.version + 1, checkPredecessor: false, onTaken: 'conflict' };
  if (expected.kind === 'no-stream') return { kind: 'write', firstSequenceNumber: 1, checkPredecessor: false, onTaken: 'conflict' };
  return plan;
}

export async function appendEvents(context: EventStoreContext, request: AppendRequest): Promise<AppendResult> {
  const draft: Draft = {
    aggregateType: request.aggregateType,
    entityId: request.entityId,
    events: request.events,
    // Generated once per call: a retry inside the call sends the identical request.
    eventIds: request.events.map((event) => event.eventId ?? (context.ids.newId() as EventId)),
    eventTime: isoFromEpochMs(context.clock.now(), 'clock.now()'),
    commitId: request.commitId,
  };
  checkSizes(context, draft);
  const { expected, entityId } = request;
  let plan = firstPlan(expected, context.known.get(entityId), request.repeatable === true);
  let actual: number | undefined;
  for (let attempt = 1; ; attempt++) {
    if (plan.kind === 'conflict') throw conflict(draft, expected, plan.mismatch, actual);
    if (plan.kind === 'read-head') {
      const head = await readHead(context, entityId);
      const headItem = head.item;
      // Our own append may have landed in an earlier call that saw only a failure.
      if (headItem !== undefined && commitIdOf(headItem) === draft.commitId) return ownEvents(context, draft, head.version - draft.events.length + 1, headItem, draft.events.length - 1);
      actual = head.version;
      plan = planAfterReadingHead(expected, head.version);
      continue;
    }
    if (plan.checkPredecessor && request.events.length >= MAX_TRANSACTION_ACTIONS) {
      // No room for the ConditionCheck beside 100 puts: prove the predecessor with a read.
      if (!(await itemExists(context, entityId, plan.firstSequenceNumber - 1))) throw conflict(draft, expected, 'stream-behind');
      plan = { ...plan, checkPredecessor: false };
    }
    const first = plan.firstSequenceNumber;
    const events = storedEvents(context, draft, first);
    const items = events.map((event) => eventItem(event, draft.commitId));
    const single = items[0];
    const outcome = items.length === 1 && single !== undefined && !plan.checkPredecessor ? await putOne(context, single, draft.commitId, first) : await transact(context, draft, items, plan);
    switch (outcome.kind) {
      case 'written':
        context.known.observe(entityId, first + items.length - 1);
        return result(draft, events);
      case 'own': {
        // Known only once the call succeeds: if reading our events back fails, the caller's
        // repeat must still find them in the place it writes to.
        const own = await ownEvents(context, draft, first, outcome.item, outcome.index);
        context.known.observe(entityId, first + items.length - 1);
        return own;
      }
      case 'predecessor-missing':
        throw conflict(draft, expected, 'stream-behind');
      case 'taken':
        context.known.observe(entityId, outcome.sequenceNumber);
        if (plan.onTaken === 'conflict') throw conflict(draft, expected, 'stream-ahead');
        if (attempt >= context.maxAppendAttempts) throw conflict(draft, expected, 'stream-ahead');
        // Lost a race: read the new head and try after it. Losers back off with full jitter,
        // growing exponentially: a writer that just won appends again at once (it knows the
        // head), so without spreading out, losers would keep losing to it. Measured on DynamoDB
        // Local with 8 writers x 200 appends on one stream: with a 1 s cap none gave up; with a
        // 20 ms cap, or with guessing the next slot instead of reading the head, some did.
        await context.retry.sleep(Math.floor(context.retry.random() * Math.min(RACE_BACKOFF_CAP_MS, 2 ** attempt)));
        plan = { kind: 'read-head' };
        break;
    }
  }
}
