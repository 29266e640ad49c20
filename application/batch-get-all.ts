/**
 * Reads any number of keys with BatchGetItem: split into batches of at most 100 keys, the keys
 * DynamoDB leaves unprocessed (throttling, or the 16 MB response limit) asked for again with
 * jittered backoff up to a bound, and the keys still unread returned in the result. Each table's
 * read settings (projection, consistent reads) go with its keys into every batch. A key given
 * twice is read once, since DynamoDB rejects a batch that names an item twice.
 *
 * A failed call (after the port's own retries) stops the run; its keys and all later ones are
 * returned as unprocessed together with the error.
 */
import type { DocumentValue, Item, Key } from '../ports/document-value.js';
import type { KeysAndAttributes } from '../ports/dynamo-db-batch-types.js';
import type { ConsumedCapacity, ReturnConsumedCapacity } from '../ports/dynamo-db-common-types.js';
import { DynamoDbError } from '../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../ports/dynamo-db-port.js';
import { batchRetry, type BatchRetryOptions } from './batch-retry-options.js';
import { drainBatches } from './drain-batches.js';

export const MAX_BATCH_GET_KEYS = 100;

export interface BatchGetAllOptions extends BatchRetryOptions {
  readonly returnConsumedCapacity?: ReturnConsumedCapacity | undefined;
}

export interface BatchGetAllResult {
  /** The items found, by table, in no particular order; a key without an item has none. */
  readonly items: Record<string, Item[]>;
  /** Keys not read, by table with their read settings: left unprocessed after every attempt, or never sent after `error`. */
  readonly unprocessed: Record<string, KeysAndAttributes>;
  readonly unprocessedCount: number;
  /** True when every key was read. */
  readonly complete: boolean;
  readonly consumedCapacity: ConsumedCapacity[];
  /** BatchGetItem calls made. */
  readonly calls: number;
  /** The failure that stopped the run, if one did. */
  readonly error?: DynamoDbError;
}

interface PendingKey {
  readonly table: string;
  readonly key: Key;
}

function invalid(message: string): DynamoDbError {
  return new DynamoDbError({ kind: 'validation', reason: 'InvalidParameter', errorName: 'ClientValidationError', message: `batchGetAll: ${message}`, retryable: false, operation: 'BatchGetItem' });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function canonical(value: DocumentValue | undefined): string {
  if (typeof value === 'string') return `S${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'bigint') return `N${String(value)}`;
  if (value instanceof Uint8Array) return `B${Array.from(value, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  if (typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string') return `N${(value as { value: string }).value}`;
  return `?${JSON.stringify(value)}`;
}

/** The same text for the same key, whatever order its attributes were written in. */
function keyText(key: Key): string {
  return Object.keys(key).sort().map((name) => `${JSON.stringify(name)}=${canonical(key[name])}`).join(',');
}

/** Every distinct key in order, after checking the shape of the whole request: bad input sends nothing. */
function flatten(requestItems: unknown): PendingKey[] {
  if (!isObject(requestItems)) throw invalid('requestItems must map table names to { Keys, ... }');
  const pending: PendingKey[] = [];
  for (const [table, request] of Object.entries(requestItems)) {
    if (table === '') throw invalid('table names must not be empty');
    if (!isObject(request) || !Array.isArray(request['Keys'])) throw invalid(`requestItems.${table} must be { Keys: [...], ProjectionExpression?, ConsistentRead?, ... }`);
    const seen = new Set<string>();
    (request['Keys'] as unknown[]).forEach((key, index) => {
      if (!isObject(key) || Object.keys(key).length === 0) throw invalid(`requestItems.${table}.Keys[${index}] must be a key object`);
      const text = keyText(key as Key);
      if (seen.has(text)) return;
      seen.add(text);
      pending.push({ table, key: key as Key });
    });
  }
  return pending;
}

function chunks(pending: readonly PendingKey[]): PendingKey[][] {
  const result: PendingKey[][] = [];
  for (let start = 0; start < pending.length; start += MAX_BATCH_GET_KEYS) result.push(pending.slice(start, start + MAX_BATCH_GET_KEYS));
  return result;
}

export async function batchGetAll(port: DynamoDbPort, requestItems: Readonly<Record<string, KeysAndAttributes>>, options: BatchGetAllOptions = {}): Promise<BatchGetAllResult> {
  const retry = batchRetry(options);
  const all = chunks(flatten(requestItems));
  const settings = (table: string): Omit<KeysAndAttributes, 'Keys'> => {
    const { Keys: _keys, ...rest } = requestItems[table] ?? { Keys: [] };
    return rest;
  };
  const byTable = (pending: readonly PendingKey[]): Record<string, KeysAndAttributes> => {
    const grouped: Record<string, Key[]> = {};
    for (const { table, key } of pending) (grouped[table] ??= []).push(key);
    return Object.fromEntries(Object.entries(grouped).map(([table, keys]) => [table, { ...settings(table), Keys: keys }]));
  };
  const items: Record<string, Item[]> = {};
  const consumedCapacity: ConsumedCapacity[] = [];
  const { left, calls, error } = await drainBatches(all, retry, async (pending) => {
    const output = await port.batchGetItem({ RequestItems: byTable(pending), ReturnConsumedCapacity: options.returnConsumedCapacity });
    for (const [table, found] of Object.entries(output.Responses ?? {})) (items[table] ??= []).push(...found);
    consumedCapacity.push(...(output.ConsumedCapacity ?? []));
    return Object.entries(output.UnprocessedKeys ?? {}).flatMap(([table, request]) => request.Keys.map((key) => ({ table, key })));
  });
  return {
    items,
    unprocessed: byTable(left),
    unprocessedCount: left.length,
    complete: left.length === 0,
    consumedCapacity,
    calls,
    ...(error === undefined ? {} : { error }),
  };
}
