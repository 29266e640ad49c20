/**
 * Reads through the event table's indexes: EventTypeIndex (aggregateType, eventTime) and
 * UserActionIndex (userId, eventTime). Index reads are eventually consistent, as DynamoDB's
 * global secondary indexes are. Within one eventTime the index order is not defined, so results
 * are put in (eventTime, entityId, sequenceNumber) order to be the same on every adapter.
 */
import type { StoredEvent } from '../../domain/events/stored-event.js';
import type { IsoTimestamp } from '../../domain/values/iso-timestamp.js';
import { isoTimestamp } from '../../domain/values/iso-timestamp.js';
import type { Key } from '../../ports/document-value.js';
import { eventFromItem } from './event-item.js';
import type { EventStoreContext } from './event-store-context.js';

export interface TimeRange {
  readonly from: IsoTimestamp | undefined;
  readonly to: IsoTimestamp | undefined;
}

export function timeRange(from: unknown, to: unknown): TimeRange {
  return { from: from === undefined ? undefined : isoTimestamp(from, 'fromTime'), to: to === undefined ? undefined : isoTimestamp(to, 'toTime') };
}

function sortKeyCondition(range: TimeRange): string {
  if (range.from !== undefined && range.to !== undefined) return ' AND #t BETWEEN :from AND :to';
  if (range.from !== undefined) return ' AND #t >= :from';
  if (range.to !== undefined) return ' AND #t <= :to';
  return '';
}

export interface IndexQuery {
  readonly indexName: string;
  readonly partitionAttribute: string;
  readonly partitionValue: string;
  readonly timeAttribute: string;
  readonly range: TimeRange;
  /** An extra equality filter, such as eventType = :filter. */
  readonly filter?: { readonly attribute: string; readonly value: string } | undefined;
}

function compare(left: StoredEvent, right: StoredEvent): number {
  if (left.eventTime !== right.eventTime) return left.eventTime < right.eventTime ? -1 : 1;
  if (left.entityId !== right.entityId) return left.entityId < right.entityId ? -1 : 1;
  return left.sequenceNumber - right.sequenceNumber;
}

export async function queryByTime(context: EventStoreContext, query: IndexQuery): Promise<readonly StoredEvent[]> {
  const { range } = query;
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) return Object.freeze([]);
  const names: Record<string, string> = { '#p': query.partitionAttribute };
  const values: Record<string, string> = { ':p': query.partitionValue };
  const condition = sortKeyCondition(range);
  if (condition !== '') names['#t'] = query.timeAttribute;
  if (range.from !== undefined) values[':from'] = range.from;
  if (range.to !== undefined) values[':to'] = range.to;
  if (query.filter !== undefined) {
    names['#f'] = query.filter.attribute;
    values[':filter'] = query.filter.value;
  }
  const events: StoredEvent[] = [];
  let startKey: Key | undefined;
  do {
    const page = await context.port.query({
      TableName: context.eventsTable,
      IndexName: query.indexName,
      KeyConditionExpression: `#p = :p${condition}`,
      FilterExpression: query.filter === undefined ? undefined : '#f = :filter',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ExclusiveStartKey: startKey,
    });
    for (const item of page.Items ?? []) events.push(eventFromItem(item, context.upcasters));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return Object.freeze(events.sort(compare));
}
