/**
 * A stream read lazily: one strongly consistent Query page at a time, forward or backward,
 * between inclusive sequence bounds. Every item seen also tells the store that the stream has
 * reached its sequence number (see known-versions.ts).
 */
import { InvalidInputError } from '../../domain/errors/invalid-input-error.js';
import type { StoredEvent } from '../../domain/events/stored-event.js';
import { EVENT_ATTRIBUTES as E } from '../../domain/tables/table-specs.js';
import type { EntityId } from '../../domain/values/identifiers.js';
import { isPlainObject } from '../../domain/values/json-value.js';
import { positiveInteger, streamVersion } from '../../domain/values/versions.js';
import type { Key } from '../../ports/document-value.js';
import type { ReadDirection } from '../../ports/event-store.js';
import { eventFromItem, sequenceNumberOf } from './event-item.js';
import type { EventStoreContext } from './event-store-context.js';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export interface StreamRange {
  readonly direction: ReadDirection;
  readonly from: number;
  readonly to: number;
  readonly pageSize: number;
}

export function streamRange(options: unknown): StreamRange {
  if (options !== undefined && !isPlainObject(options)) throw new InvalidInputError('options', 'must be an object');
  const given = options ?? {};
  const direction = given['direction'] ?? 'forward';
  if (direction !== 'forward' && direction !== 'backward') throw new InvalidInputError('options.direction', 'must be forward or backward');
  return {
    direction,
    from: given['from'] === undefined ? 1 : Math.max(1, streamVersion(given['from'], 'options.from')),
    to: given['to'] === undefined ? Number.MAX_SAFE_INTEGER : streamVersion(given['to'], 'options.to'),
    pageSize: given['pageSize'] === undefined ? DEFAULT_PAGE_SIZE : positiveInteger(given['pageSize'], 'options.pageSize', MAX_PAGE_SIZE),
  };
}

export async function* queryStream(context: EventStoreContext, entityId: EntityId, range: StreamRange): AsyncGenerator<StoredEvent, void, undefined> {
  if (range.from > range.to) return;
  let startKey: Key | undefined;
  let highest = 0;
  try {
    do {
      const page = await context.port.query({
        TableName: context.eventsTable,
        KeyConditionExpression: '#e = :e AND #s BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#e': E.entityId, '#s': E.sequenceNumber },
        ExpressionAttributeValues: { ':e': entityId, ':from': range.from, ':to': range.to },
        ScanIndexForward: range.direction === 'forward',
        ConsistentRead: true,
        Limit: range.pageSize,
        ExclusiveStartKey: startKey,
      });
      for (const item of page.Items ?? []) {
        highest = Math.max(highest, sequenceNumberOf(item));
        yield eventFromItem(item, context.upcasters);
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
  } finally {
    // Also when the caller stops early: what was seen exists either way.
    if (highest > 0) context.known.observe(entityId, highest);
  }
}

export async function collect<T>(events: AsyncIterable<T>): Promise<readonly T[]> {
  const all: T[] = [];
  for await (const event of events) all.push(event);
  return Object.freeze(all);
}
