/**
 * Queries of delivery records for one user: all of them (the table), by event type
 * (EventTypeIndex) or by status (StatusIndex); newest first, optionally within an inclusive range
 * of event times, in pages with an opaque cursor. Expired records are filtered out by DynamoDB
 * (`ttl > :now`) before they reach the page; since Limit counts items before the filter, pages
 * are filled by reading on until the page is full or the records run out.
 */
import { InvalidInputError } from '../../domain/errors/invalid-input-error.js';
import type { DeliveryRecord } from '../../domain/delivery/delivery-record.js';
import { epochSeconds } from '../../domain/ttl/ttl-policy.js';
import { DELIVERY_ATTRIBUTES as D } from '../../domain/tables/table-specs.js';
import { isoTimestamp } from '../../domain/values/iso-timestamp.js';
import { isPlainObject } from '../../domain/values/json-value.js';
import { positiveInteger } from '../../domain/values/versions.js';
import type { Key } from '../../ports/document-value.js';
import type { DeliveryPage } from '../../ports/delivery-tracker.js';
import type { Clock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { decodeCursor, encodeCursor, type CursorScope } from './delivery-cursor.js';
import { deliveryFromItem } from './delivery-item.js';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 1000;

const EARLIEST = '0000-01-01T00:00:00.000Z';
const LATEST = '9999-12-31T23:59:59.999Z';

export interface QueryTarget {
  /** The index, or undefined for the table. */
  readonly indexName: string | undefined;
  readonly sortAttribute: string;
  /** What precedes the timestamp in the sort key (`Opened#`), or '' when the key starts with it. */
  readonly prefix: string;
}

export interface ParsedOptions {
  readonly from: string;
  readonly to: string;
  readonly limit: number;
  readonly cursor: unknown;
}

export function parseQueryOptions(options: unknown): ParsedOptions {
  if (options !== undefined && !isPlainObject(options)) throw new InvalidInputError('options', 'must be an object');
  const given = options ?? {};
  return {
    from: given['from'] === undefined ? EARLIEST : isoTimestamp(given['from'], 'options.from'),
    to: given['to'] === undefined ? LATEST : isoTimestamp(given['to'], 'options.to'),
    limit: given['limit'] === undefined ? DEFAULT_PAGE_LIMIT : positiveInteger(given['limit'], 'options.limit', MAX_PAGE_LIMIT),
    cursor: given['cursor'],
  };
}

/**
 * The sort key range for [from, to]. Table keys are `timestamp#event_id`: `from` itself sorts
 * before every key of that instant, and `to` followed by `$` (just above `#`) after every one.
 * Index keys are `prefix#timestamp` and end with the timestamp, so the bounds are exact.
 */
function bounds(target: QueryTarget, options: ParsedOptions): { readonly low: string; readonly high: string } {
  return target.prefix === '' ? { low: options.from, high: `${options.to}$` } : { low: `${target.prefix}${options.from}`, high: `${target.prefix}${options.to}` };
}

export async function queryDeliveries(port: DynamoDbPort, tableName: string, clock: Clock, userId: string, target: QueryTarget, options: ParsedOptions): Promise<DeliveryPage> {
  const { low, high } = bounds(target, options);
  const keyAttributes = target.indexName === undefined ? [D.userId, D.sortKey] : [D.userId, D.sortKey, target.sortAttribute];
  const scope: CursorScope = { index: target.indexName ?? 'table', userId, low, high, keyAttributes };
  let startKey: Key | undefined = options.cursor === undefined ? undefined : decodeCursor(scope, options.cursor);
  if (options.from > options.to) return Object.freeze({ items: [], cursor: undefined });
  const items: DeliveryRecord[] = [];
  const now = epochSeconds(clock.now());
  do {
    const page = await port.query({
      TableName: tableName,
      IndexName: target.indexName,
      KeyConditionExpression: '#u = :u AND #k BETWEEN :low AND :high',
      FilterExpression: '#ttl > :now',
      ExpressionAttributeNames: { '#u': D.userId, '#k': target.sortAttribute, '#ttl': D.ttl },
      ExpressionAttributeValues: { ':u': userId, ':low': low, ':high': high, ':now': now },
      ScanIndexForward: false,
      // The table itself can be read strongly consistent (a record just written is seen); a
      // global index cannot, and DynamoDB refuses to be asked.
      ConsistentRead: target.indexName === undefined,
      // Never more than the page still needs, so the page's LastEvaluatedKey is where to go on.
      Limit: options.limit - items.length,
      ExclusiveStartKey: startKey,
    });
    for (const item of page.Items ?? []) items.push(deliveryFromItem(item));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined && items.length < options.limit);
  return Object.freeze({ items: Object.freeze(items), cursor: startKey === undefined ? undefined : encodeCursor(scope, startKey) });
}
