/**
 * Writes any number of puts and deletes with BatchWriteItem: split into DynamoDB's batch sizes (25
 * requests, 16 MB on the wire), what DynamoDB leaves unprocessed sent again with jittered backoff
 * up to a bound, and everything that is still not written returned in the result. Nothing is
 * dropped silently: every request given is either written or in `unprocessed`.
 *
 * Each batch is atomic per item only, as BatchWriteItem is; a failed call (after the port's own
 * retries) stops the run, and its requests and all later ones are returned as unprocessed
 * together with the error.
 */
import type { DocumentValue, Item } from '../ports/document-value.js';
import type { WriteRequest } from '../ports/dynamo-db-batch-types.js';
import type { ConsumedCapacity, ItemCollectionMetrics, ReturnConsumedCapacity, ReturnItemCollectionMetrics } from '../ports/dynamo-db-common-types.js';
import { DynamoDbError } from '../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../ports/dynamo-db-port.js';
import { batchRetry, type BatchRetryOptions } from './batch-retry-options.js';
import { drainBatches } from './drain-batches.js';

export const MAX_BATCH_WRITE_REQUESTS = 25;
/** DynamoDB's 16 MB per call is measured on the wire (DynamoDB JSON); stay clear of its edge. */
export const MAX_BATCH_WRITE_WIRE_BYTES = 16_000_000;

export interface BatchWriteAllOptions extends BatchRetryOptions {
  readonly returnConsumedCapacity?: ReturnConsumedCapacity | undefined;
  readonly returnItemCollectionMetrics?: ReturnItemCollectionMetrics | undefined;
}

export interface BatchWriteAllResult {
  /** Writes not done, by table: left unprocessed after every attempt, or never sent after `error`. */
  readonly unprocessed: Record<string, WriteRequest[]>;
  readonly unprocessedCount: number;
  /** True when every write was done. */
  readonly complete: boolean;
  readonly consumedCapacity: ConsumedCapacity[];
  readonly itemCollectionMetrics: Record<string, ItemCollectionMetrics[]>;
  /** BatchWriteItem calls made. */
  readonly calls: number;
  /** The failure that stopped the run, if one did. */
  readonly error?: DynamoDbError;
}

interface Pending {
  readonly table: string;
  readonly request: WriteRequest;
}

function invalid(message: string): DynamoDbError {
  return new DynamoDbError({ kind: 'validation', reason: 'InvalidParameter', errorName: 'ClientValidationError', message: `batchWriteAll: ${message}`, retryable: false, operation: 'BatchWriteItem' });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWriteRequest(value: unknown): value is WriteRequest {
  if (!isObject(value) || Object.keys(value).length !== 1) return false;
  const put = value['PutRequest'];
  const del = value['DeleteRequest'];
  return (isObject(put) && isObject(put['Item'])) || (isObject(del) && isObject(del['Key']));
}

/** Every request in order, after checking the shape of all of them: bad input sends nothing. */
function flatten(requestItems: unknown): Pending[] {
  if (!isObject(requestItems)) throw invalid('requestItems must map table names to lists of write requests');
  const pending: Pending[] = [];
  for (const [table, requests] of Object.entries(requestItems)) {
    if (table === '') throw invalid('table names must not be empty');
    if (!Array.isArray(requests)) throw invalid(`requestItems.${table} must be a list of write requests`);
    requests.forEach((request: unknown, index) => {
      if (!isWriteRequest(request)) throw invalid(`requestItems.${table}[${index}] must be { PutRequest: { Item } } or { DeleteRequest: { Key } }`);
      pending.push({ table, request });
    });
  }
  return pending;
}

/** UTF-8 bytes of a JSON string literal, quotes and escapes included. */
function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value in DynamoDB JSON, such as `{"S":"abc"}`; a slight overestimate at most. */
function wireBytes(value: DocumentValue): number {
  if (typeof value === 'string') return 7 + jsonStringBytes(value);
  if (typeof value === 'number' || typeof value === 'bigint') return 9 + String(value).length;
  if (typeof value === 'boolean' || value === null) return 14;
  if (value instanceof Uint8Array) return 8 + 4 * Math.ceil(value.byteLength / 3);
  if (value instanceof Set) {
    let bytes = 9;
    for (const member of value as ReadonlySet<DocumentValue>) bytes += wireBytes(member) - 5;
    return bytes;
  }
  if (Array.isArray(value)) return 8 + (value as readonly DocumentValue[]).reduce<number>((sum, element) => sum + wireBytes(element) + 1, 0);
  if (typeof (value as { value?: unknown }).value === 'string' && Object.getPrototypeOf(value) !== Object.prototype) return 9 + (value as { value: string }).value.length;
  return 8 + mapBytes(value as Item);
}

function mapBytes(map: Item): number {
  let bytes = 2;
  for (const [name, value] of Object.entries(map)) bytes += jsonStringBytes(name) + 2 + wireBytes(value);
  return bytes;
}

function requestBytes({ table, request }: Pending): number {
  const body = 'PutRequest' in request ? 24 + mapBytes(request.PutRequest.Item) : 26 + mapBytes(request.DeleteRequest.Key);
  return body + jsonStringBytes(table) + 4;
}

/** Consecutive batches of at most 25 requests and 16 MB. */
function batches(pending: readonly Pending[]): Pending[][] {
  const result: Pending[][] = [];
  let current: Pending[] = [];
  let bytes = 0;
  for (const entry of pending) {
    const size = requestBytes(entry);
    if (current.length > 0 && (current.length === MAX_BATCH_WRITE_REQUESTS || bytes + size > MAX_BATCH_WRITE_WIRE_BYTES)) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function byTable(pending: readonly Pending[]): Record<string, WriteRequest[]> {
  const grouped: Record<string, WriteRequest[]> = {};
  for (const { table, request } of pending) (grouped[table] ??= []).push(request);
  return grouped;
}

function entriesOf(requestItems: Readonly<Record<string, readonly WriteRequest[]>> | undefined): Pending[] {
  return Object.entries(requestItems ?? {}).flatMap(([table, requests]) => requests.map((request) => ({ table, request })));
}

export async function batchWriteAll(port: DynamoDbPort, requestItems: Readonly<Record<string, readonly WriteRequest[]>>, options: BatchWriteAllOptions = {}): Promise<BatchWriteAllResult> {
  const retry = batchRetry(options);
  const all = batches(flatten(requestItems));
  const consumedCapacity: ConsumedCapacity[] = [];
  const itemCollectionMetrics: Record<string, ItemCollectionMetrics[]> = {};
  const { left, calls, error } = await drainBatches(all, retry, async (pending) => {
    const output = await port.batchWriteItem({
      RequestItems: byTable(pending),
      ReturnConsumedCapacity: options.returnConsumedCapacity,
      ReturnItemCollectionMetrics: options.returnItemCollectionMetrics,
    });
    consumedCapacity.push(...(output.ConsumedCapacity ?? []));
    for (const [table, metrics] of Object.entries(output.ItemCollectionMetrics ?? {})) (itemCollectionMetrics[table] ??= []).push(...metrics);
    return entriesOf(output.UnprocessedItems);
  });
  return {
    unprocessed: byTable(left),
    unprocessedCount: left.length,
    complete: left.length === 0,
    consumedCapacity,
    itemCollectionMetrics,
    calls,
    ...(error === undefined ? {} : { error }),
  };
}
