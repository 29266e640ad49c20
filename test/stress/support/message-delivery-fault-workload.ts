/**
 * Message puts and delivery records under faults, by callers that repeat a write after a storage
 * failure. Before each repeat the caller looks whether the failed write had landed; the repeat
 * must then answer `duplicate` with the stored original (landed, recognised) or `accepted` /
 * `recorded` (absent, written now). Each record then gets one scheduleRetry, repeated the same
 * way: a repeat after a landed transition is refused as illegal, never applied twice. At the end
 * everything is read back with BatchGetItem while UnprocessedKeys are injected.
 */
import { expect } from 'chai';
import { batchGetAll } from '../../../application/batch-get-all.js';
import { IllegalTransitionError } from '../../../domain/delivery/illegal-transition-error.js';
import { DELIVERY_ATTRIBUTES as D, MESSAGE_ATTRIBUTES as M } from '../../../domain/tables/table-specs.js';
import type { Item, Key } from '../../../ports/document-value.js';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import type { KeysAndAttributes } from '../../../ports/dynamo-db-batch-types.js';
import { isStorageFailure, untilAnswered, type CallerFigures, type FaultyStores } from './faulty-stores.js';

const MESSAGE_CALLERS = 4;
const MESSAGES_EACH = 12;
const DELIVERY_CALLERS = 3;
const RECORDS_EACH = 8;
const RETRY_AT = '2030-01-01T00:00:00.000Z';

/** Repeats `write` after storage failures; `look` tells whether a failed write had landed. */
async function repeatUntilAnswered<T>(stores: FaultyStores, figures: CallerFigures, write: () => Promise<T>, look: () => Promise<boolean>): Promise<{ readonly answer: T | { readonly refused: unknown }; readonly landedBefore: boolean }> {
  let landedBefore = false;
  for (let attempt = 1; ; attempt++) {
    expect(attempt, 'attempts of one write').to.be.below(500);
    try {
      return { answer: await write(), landedBefore };
    } catch (error) {
      if (!isStorageFailure(error)) return { answer: { refused: error }, landedBefore };
      figures.failures += 1;
      landedBefore = await look();
      if (landedBefore) figures.landed += 1;
      else figures.absent += 1;
      if (DynamoDbError.is(error) && error.reason === 'CircuitOpen') stores.breakerClock.advance(30_000);
    }
  }
}

async function messageCaller(stores: FaultyStores, caller: number, figures: CallerFigures): Promise<string[]> {
  const store = stores.messageStore(`messages${caller}`);
  const reader = stores.messageStore(`messages${caller}-reader`);
  const ids: string[] = [];
  for (let index = 0; index < MESSAGES_EACH; index++) {
    const message = { eventId: `message-${caller}-${index}`, eventType: 'OrderPlaced', payload: { caller, index } };
    const { answer, landedBefore } = await repeatUntilAnswered(stores, figures, () => store.put(message), async () => (await untilAnswered(stores, () => reader.get(message.eventId))) !== null);
    expect(answer, `put of ${message.eventId}`).to.have.property('outcome', landedBefore ? 'duplicate' : 'accepted');
    ids.push(message.eventId);
  }
  return ids;
}

async function deliveryCaller(stores: FaultyStores, caller: number, figures: CallerFigures): Promise<Key[]> {
  const tracker = stores.deliveryTracker(`deliveries${caller}`);
  const reader = stores.deliveryTracker(`deliveries${caller}-reader`);
  const keys: Key[] = [];
  for (let index = 0; index < RECORDS_EACH; index++) {
    const key = { userId: `user-${caller}`, eventId: `delivery-${caller}-${index}`, timestamp: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString() };
    const recorded = await repeatUntilAnswered(stores, figures, () => tracker.record({ ...key, eventType: 'Email', payload: { index } }), async () => (await untilAnswered(stores, () => reader.get(key))) !== null);
    expect(recorded.answer, `record of ${key.eventId}`).to.have.property('outcome', recorded.landedBefore ? 'duplicate' : 'recorded');
    const moved = await repeatUntilAnswered(stores, figures, () => tracker.scheduleRetry(key, RETRY_AT), async () => (await untilAnswered(stores, () => reader.get(key)))?.status === 'retry_scheduled');
    if (moved.landedBefore && 'refused' in (moved.answer as object)) {
      const refused = (moved.answer as { readonly refused: unknown }).refused;
      expect(IllegalTransitionError.is(refused) && refused.from === 'retry_scheduled', `the repeat of a landed scheduleRetry of ${key.eventId} is refused from retry_scheduled: ${String(refused)}`).to.equal(true);
    } else {
      expect(moved.answer, `scheduleRetry of ${key.eventId}`).to.include({ status: 'retry_scheduled', retryCount: 1 });
    }
    keys.push({ [D.userId]: key.userId, [D.sortKey]: `${key.timestamp}#${key.eventId}` });
  }
  return keys;
}

/** Reads every key back with BatchGetItem (unprocessed keys are injected) until all are read. */
async function readAll(stores: FaultyStores, requests: Record<string, KeysAndAttributes>): Promise<Record<string, Item[]>> {
  const found: Record<string, Item[]> = {};
  let left = requests;
  for (let round = 1; Object.keys(left).length > 0; round++) {
    expect(round, 'rounds of batchGetAll').to.be.below(100);
    const result = await batchGetAll(stores.port, left, { maxAttempts: 20, baseDelayMs: 0, sleep: () => new Promise((resolve) => setImmediate(resolve)) });
    for (const [table, items] of Object.entries(result.items)) (found[table] ??= []).push(...items);
    left = result.unprocessed;
  }
  return found;
}

export async function messageDeliveryFaultWorkload(stores: FaultyStores, figures: CallerFigures): Promise<number> {
  const [messageIds, deliveryKeys] = await Promise.all([
    Promise.all(Array.from({ length: MESSAGE_CALLERS }, (_, caller) => messageCaller(stores, caller, figures))),
    Promise.all(Array.from({ length: DELIVERY_CALLERS }, (_, caller) => deliveryCaller(stores, caller, figures))),
  ]);
  const messages = stores.tables['messages'] ?? '';
  const deliveries = stores.tables['deliveries'] ?? '';
  const found = await readAll(stores, {
    [messages]: { Keys: messageIds.flat().map((id) => ({ [M.eventId]: id })), ConsistentRead: true },
    [deliveries]: { Keys: deliveryKeys.flat(), ConsistentRead: true },
  });
  const storedMessages = (found[messages] ?? []).map((item) => ({ id: item[M.eventId] as string, payload: item[M.payload] }));
  expect(storedMessages.map(({ id }) => id).sort(), 'every message stored, once').to.deep.equal(messageIds.flat().sort());
  for (const { id, payload } of storedMessages) {
    const [, caller, index] = id.split('-');
    expect(payload, `the payload of ${id}`).to.deep.equal({ caller: Number(caller), index: Number(index) });
  }
  const storedDeliveries = found[deliveries] ?? [];
  expect(storedDeliveries, 'every delivery record stored, once').to.have.length(deliveryKeys.flat().length);
  for (const item of storedDeliveries) expect({ status: item[D.status], retries: item[D.retryCount] }, `the record ${item[D.eventId] as string}: one retry scheduled, not two`).to.deep.equal({ status: 'retry_scheduled', retries: 1 });
  return messageIds.flat().length + deliveryKeys.flat().length * 2;
}
