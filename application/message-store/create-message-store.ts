/**
 * The immutable message store over the DynamoDB port: a conditional PutItem that succeeds only
 * for a new event_id, and a strongly consistent GetItem. Nothing else exists: the returned object
 * is frozen and has exactly `put` and `get`, so no update, delete, scan or query path can be
 * reached, in the types or at run time.
 *
 * When the id is taken, the failed condition returns the stored item (ALL_OLD), so deciding
 * between duplicate and conflict takes no extra read. Each put carries a write id: after an
 * ambiguous failure the same put is sent again, and finding its own write id means the first
 * attempt landed, which is reported as accepted (not as a duplicate of itself).
 */
import { IdempotencyConflictError } from '../../domain/errors/idempotency-conflict-error.js';
import { RecordTooLargeError } from '../../domain/errors/record-too-large-error.js';
import { decideIdempotency } from '../../domain/messages/idempotency.js';
import { clientContentOfMessage, createMessage, type StoredMessage } from '../../domain/messages/message.js';
import { resolveTableName, type Environment } from '../../domain/tables/resolve-table-name.js';
import { MESSAGE_ATTRIBUTES as M, MESSAGE_STORE_TABLE } from '../../domain/tables/table-specs.js';
import { eventId } from '../../domain/values/identifiers.js';
import { isoFromEpochMs } from '../../domain/values/iso-timestamp.js';
import { itemSize, MAX_ITEM_BYTES } from '../../domain/values/item-size.js';
import type { Clock } from '../../ports/clock.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { IdGenerator } from '../../ports/id-generator.js';
import type { MessageStore, PutOutcome } from '../../ports/message-store.js';
import { realSleep, withAmbiguousRetry, type Sleep } from '../event-store/ambiguous-retry.js';
import { messageFromItem, messageItem, writeIdOf } from './message-item.js';

export interface MessageStoreOptions {
  readonly port: DynamoDbPort;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** By default from MESSAGE_STORE_TABLE_NAME in `environment`, else `MessageStore`. */
  readonly tableName?: string | undefined;
  readonly environment?: Environment | undefined;
  /** Resends of a put after an ambiguous failure (default 3). */
  readonly ambiguousRetries?: number | undefined;
  readonly sleep?: Sleep | undefined;
  readonly random?: (() => number) | undefined;
}

export function createMessageStore(options: MessageStoreOptions): MessageStore {
  const { port, clock, ids } = options;
  const tableName = options.tableName ?? resolveTableName(MESSAGE_STORE_TABLE, options.environment ?? {});
  const retry = { retries: options.ambiguousRetries ?? 3, baseDelayMs: 25, sleep: options.sleep ?? realSleep, random: options.random ?? Math.random };

  async function storedOrNull(id: string): Promise<StoredMessage | null> {
    const output = await port.getItem({ TableName: tableName, Key: { [M.eventId]: id }, ConsistentRead: true });
    return output.Item === undefined ? null : messageFromItem(output.Item);
  }

  async function put(input: unknown): Promise<PutOutcome> {
    const message = createMessage(input);
    const stored: StoredMessage = Object.freeze({ ...message, receivedAt: isoFromEpochMs(clock.now(), 'clock.now()') });
    const writeId = ids.newId();
    const item = messageItem(stored, writeId);
    const size = itemSize(item);
    if (size > MAX_ITEM_BYTES) throw new RecordTooLargeError('item', size, MAX_ITEM_BYTES, `the message ${JSON.stringify(message.eventId)}`);
    try {
      await withAmbiguousRetry(retry, () =>
        port.putItem({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(#id)', ExpressionAttributeNames: { '#id': M.eventId }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
      );
      return Object.freeze({ outcome: 'accepted', stored });
    } catch (error) {
      if (!DynamoDbError.isConditionFailed(error)) throw error;
      // ALL_OLD brings the original; an adapter that does not return it costs one read.
      const original = error.item === undefined ? await storedOrNull(message.eventId) : messageFromItem(error.item);
      if (original === null) throw error;
      if (error.item !== undefined && writeIdOf(error.item) === writeId) return Object.freeze({ outcome: 'accepted', stored: original });
      if (decideIdempotency(clientContentOfMessage(message), clientContentOfMessage(original)) === 'duplicate') return Object.freeze({ outcome: 'duplicate', stored: original });
      throw new IdempotencyConflictError(message.eventId, original, 'a message');
    }
  }

  return Object.freeze({
    put,
    get: async (id: string) => storedOrNull(eventId(id)),
  });
}
