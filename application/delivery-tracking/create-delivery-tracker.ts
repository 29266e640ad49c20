/**
 * Delivery tracking over the DynamoDB port. Records are written once (pending, with a TTL) and
 * then move only through conditional UpdateItems that encode the state machine of
 * domain/delivery: the condition lists the statuses the command is allowed from, the update sets
 * the status and the `status#timestamp` index key together, and scheduleRetry adds to the retry
 * count with ADD (atomic) under a `retry_count < :max` condition. A refused transition is
 * explained from the item the failed condition returns (ALL_OLD), without a read: absent or
 * expired, an illegal move, or the retry limit. Each write carries a fresh id, so a write resent
 * after an ambiguous failure recognises itself.
 */
import { ALLOWED_FROM, DEFAULT_MAX_RETRIES, decideDelivery, TARGET_STATUS, type DeliveryCommand, type DeliveryState } from '../../domain/delivery/delivery-status.js';
import { clientContentOfDelivery, deliveryEvent, deliveryKey, type DeliveryRecord } from '../../domain/delivery/delivery-record.js';
import { IllegalTransitionError } from '../../domain/delivery/illegal-transition-error.js';
import { IdempotencyConflictError } from '../../domain/errors/idempotency-conflict-error.js';
import { InvalidInputError } from '../../domain/errors/invalid-input-error.js';
import { RecordTooLargeError } from '../../domain/errors/record-too-large-error.js';
import { decideIdempotency } from '../../domain/messages/idempotency.js';
import { resolveTableName, type Environment } from '../../domain/tables/resolve-table-name.js';
import { DELIVERY_ATTRIBUTES as D, DELIVERY_EVENT_TYPE_INDEX, DELIVERY_STATUS_INDEX, DELIVERY_TRACKING_TABLE } from '../../domain/tables/table-specs.js';
import { DEFAULT_TTL_POLICY, epochSeconds, expiresAt, isExpired, type TtlPolicy } from '../../domain/ttl/ttl-policy.js';
import { eventType, userId } from '../../domain/values/identifiers.js';
import { isoFromEpochMs, isoTimestamp } from '../../domain/values/iso-timestamp.js';
import { itemSize, MAX_ITEM_BYTES } from '../../domain/values/item-size.js';
import { isDeliveryStatus } from '../../domain/delivery/delivery-status.js';
import { utf8Length } from '../../domain/values/utf8-length.js';
import type { Clock } from '../../ports/clock.js';
import { DeliveryRecordNotFoundError, type DeliveryKeyInput, type DeliveryTracker, type RecordOutcome } from '../../ports/delivery-tracker.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import { realSleep, withAmbiguousRetry, type Sleep } from '../event-store/ambiguous-retry.js';
import { deliveryFromItem, keyOf, newDeliveryItem, statusKeyOf, transitionIdOf } from './delivery-item.js';
import { parseQueryOptions, queryDeliveries } from './delivery-queries.js';

export interface DeliveryTrackerOptions {
  readonly port: DynamoDbPort;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** By default from DELIVERY_TRACKING_TABLE_NAME in `environment`, else the design's name. */
  readonly tableName?: string | undefined;
  readonly environment?: Environment | undefined;
  /** How long records live (default 30 days). */
  readonly ttl?: TtlPolicy | undefined;
  /** Retries that may be scheduled per record (default 5). */
  readonly maxRetries?: number | undefined;
  readonly ambiguousRetries?: number | undefined;
  readonly sleep?: Sleep | undefined;
  readonly random?: (() => number) | undefined;
}

/** Room kept in each record for what transitions add (an error text, a retry time). */
const TRANSITION_HEADROOM_BYTES = 2048;
const MAX_ERROR_BYTES = 1024;

export function createDeliveryTracker(options: DeliveryTrackerOptions): DeliveryTracker {
  const { port, clock, ids } = options;
  const tableName = options.tableName ?? resolveTableName(DELIVERY_TRACKING_TABLE, options.environment ?? {});
  const ttl = options.ttl ?? DEFAULT_TTL_POLICY;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const retry = { retries: options.ambiguousRetries ?? 3, baseDelayMs: 25, sleep: options.sleep ?? realSleep, random: options.random ?? Math.random };

  async function record(input: unknown): Promise<RecordOutcome> {
    const event = deliveryEvent(input);
    const now = clock.now();
    const transitionId = ids.newId();
    const item = newDeliveryItem(event, { nowIso: isoFromEpochMs(now, 'clock.now()'), ttl: expiresAt(ttl, now), transitionId });
    const size = itemSize(item) + TRANSITION_HEADROOM_BYTES;
    if (size > MAX_ITEM_BYTES) throw new RecordTooLargeError('item', size, MAX_ITEM_BYTES, `the delivery record of ${JSON.stringify(event.eventId)} (with room for its transitions)`);
    try {
      await withAmbiguousRetry(retry, () =>
        port.putItem({
          TableName: tableName,
          Item: item,
          // An expired record that DynamoDB has not swept yet counts as absent.
          ConditionExpression: 'attribute_not_exists(#u) OR #ttl <= :now',
          ExpressionAttributeNames: { '#u': D.userId, '#ttl': D.ttl },
          ExpressionAttributeValues: { ':now': epochSeconds(now) },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return Object.freeze({ outcome: 'recorded', record: deliveryFromItem(item) });
    } catch (error) {
      if (!DynamoDbError.isConditionFailed(error) || error.item === undefined) throw error;
      const existing = deliveryFromItem(error.item);
      if (transitionIdOf(error.item) === transitionId) return Object.freeze({ outcome: 'recorded', record: existing });
      if (decideIdempotency(clientContentOfDelivery(event), clientContentOfDelivery(existing)) === 'duplicate') return Object.freeze({ outcome: 'duplicate', record: existing });
      throw new IdempotencyConflictError(event.eventId, existing, 'a delivery record');
    }
  }

  async function get(input: DeliveryKeyInput): Promise<DeliveryRecord | null> {
    const key = deliveryKey(input);
    const output = await port.getItem({ TableName: tableName, Key: keyOf(key), ConsistentRead: true });
    if (output.Item === undefined) return null;
    const found = deliveryFromItem(output.Item);
    return isExpired(found, clock.now()) ? null : found;
  }

  function updateFor(command: DeliveryCommand): { readonly expression: string; readonly names: Record<string, string>; readonly values: Record<string, string | number> } {
    const names: Record<string, string> = { '#status': D.status, '#statusKey': D.statusKey, '#updated': D.updatedAt, '#tid': D.transitionId, '#next': D.nextRetryAt };
    switch (command.type) {
      case 'markDelivered':
        return { expression: 'SET #status = :to, #statusKey = :statusKey, #updated = :at, #tid = :tid REMOVE #next', names, values: {} };
      case 'markFailed':
        return { expression: 'SET #status = :to, #statusKey = :statusKey, #updated = :at, #tid = :tid, #error = :error REMOVE #next', names: { ...names, '#error': D.lastError }, values: { ':error': command.error } };
      case 'scheduleRetry':
        return { expression: 'SET #status = :to, #statusKey = :statusKey, #updated = :at, #tid = :tid, #next = :retryAt ADD #retries :one', names: { ...names, '#retries': D.retryCount }, values: { ':retryAt': command.retryAt, ':one': 1 } };
    }
  }

  function explainRefusal(keyInput: DeliveryKeyInput, command: DeliveryCommand, old: DeliveryRecord | undefined, now: number): Error {
    if (old === undefined || isExpired(old, now)) return new DeliveryRecordNotFoundError(keyInput);
    const state: DeliveryState = { status: old.status, retryCount: old.retryCount, lastError: old.lastError, nextRetryAt: old.nextRetryAt, updatedAt: old.updatedAt };
    try {
      decideDelivery(command, state, maxRetries);
    } catch (error) {
      return error as Error;
    }
    // The condition and the state machine agree, so this is not reached unless the item changed shape.
    return new IllegalTransitionError(old.status, command.type, 'not-allowed');
  }

  async function transition(keyInput: DeliveryKeyInput, command: DeliveryCommand, nowMs: number): Promise<DeliveryRecord> {
    const key = deliveryKey(keyInput);
    const allowed = ALLOWED_FROM[command.type];
    const target = TARGET_STATUS[command.type];
    const transitionId = ids.newId();
    const update = updateFor(command);
    const statusValues = Object.fromEntries(allowed.map((status, index) => [`:from${index}`, status]));
    const limit = command.type === 'scheduleRetry' ? ' AND #retries < :max' : '';
    try {
      const output = await withAmbiguousRetry(retry, () =>
        port.updateItem({
          TableName: tableName,
          Key: keyOf(key),
          UpdateExpression: update.expression,
          ConditionExpression: `attribute_exists(#u) AND #ttl > :now AND #status IN (${Object.keys(statusValues).join(', ')})${limit}`,
          ExpressionAttributeNames: { ...update.names, '#u': D.userId, '#ttl': D.ttl, ...(limit === '' ? {} : { '#retries': D.retryCount }) },
          ExpressionAttributeValues: {
            ...update.values,
            ...statusValues,
            ...(limit === '' ? {} : { ':max': maxRetries }),
            ':to': target,
            ':statusKey': statusKeyOf(target, key.timestamp),
            ':at': command.at,
            ':tid': transitionId,
            ':now': epochSeconds(nowMs),
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      if (output.Attributes === undefined) throw new DeliveryRecordNotFoundError(keyInput);
      return deliveryFromItem(output.Attributes);
    } catch (error) {
      if (!DynamoDbError.isConditionFailed(error)) throw error;
      // Our own update landed before an ambiguous failure: ALL_OLD is then the updated item.
      if (error.item !== undefined && transitionIdOf(error.item) === transitionId) return deliveryFromItem(error.item);
      throw explainRefusal(keyInput, command, error.item === undefined ? undefined : deliveryFromItem(error.item), nowMs);
    }
  }

  function errorText(error: unknown): string {
    if (typeof error !== 'string' || error.length === 0) throw new InvalidInputError('error', 'must be a non-empty string describing the failure');
    if (utf8Length(error) > MAX_ERROR_BYTES) throw new InvalidInputError('error', `must be at most ${MAX_ERROR_BYTES} UTF-8 bytes`);
    return error;
  }

  const now = (): { ms: number; at: string } => {
    const ms = clock.now();
    return { ms, at: isoFromEpochMs(ms, 'clock.now()') };
  };

  const tracker: DeliveryTracker = {
    record,
    get,
    queryByUser: async (user, queryOptions) => queryDeliveries(port, tableName, clock, userId(user), { indexName: undefined, sortAttribute: D.sortKey, prefix: '' }, parseQueryOptions(queryOptions)),
    queryByEventType: async (user, type, queryOptions) => {
      const checked = eventType(type);
      if (checked.includes('#')) throw new InvalidInputError('eventType', 'must not contain "#"');
      return queryDeliveries(port, tableName, clock, userId(user), { indexName: DELIVERY_EVENT_TYPE_INDEX, sortAttribute: D.eventTypeKey, prefix: `${checked}#` }, parseQueryOptions(queryOptions));
    },
    queryByStatus: async (user, status, queryOptions) => {
      if (!isDeliveryStatus(status)) throw new InvalidInputError('status', 'must be pending, delivered, failed or retry_scheduled');
      return queryDeliveries(port, tableName, clock, userId(user), { indexName: DELIVERY_STATUS_INDEX, sortAttribute: D.statusKey, prefix: `${status}#` }, parseQueryOptions(queryOptions));
    },
    markDelivered: async (key) => {
      const { ms, at } = now();
      return transition(key, { type: 'markDelivered', at }, ms);
    },
    markFailed: async (key, error) => {
      const text = errorText(error);
      const { ms, at } = now();
      return transition(key, { type: 'markFailed', at, error: text }, ms);
    },
    scheduleRetry: async (key, retryAt) => {
      const when = isoTimestamp(retryAt, 'retryAt');
      const { ms, at } = now();
      return transition(key, { type: 'scheduleRetry', at, retryAt: when }, ms);
    },
  };
  return Object.freeze(tracker);
}
