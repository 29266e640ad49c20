/**
 * Identifiers as branded strings: a plain string does not type-check where an EntityId is
 * expected, so only values that went through a constructor (and its checks) get there. The
 * limits are DynamoDB's for the key attributes the identifiers end up in.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { utf8Length } from './utf8-length.js';

declare const brand: unique symbol;
export type Branded<T, B extends string> = T & { readonly [brand]: B };

/** DynamoDB's limits for partition and sort key values, in UTF-8 bytes. */
export const MAX_PARTITION_KEY_BYTES = 2048;
export const MAX_SORT_KEY_BYTES = 1024;

/** A non-empty string of at most `maxBytes` UTF-8 bytes, or a typed error naming `field`. */
export function checkedString(value: unknown, field: string, maxBytes: number): string {
  if (typeof value !== 'string') throw new InvalidInputError(field, `must be a string, not ${value === null ? 'null' : typeof value}`);
  if (value.length === 0) throw new InvalidInputError(field, 'must not be empty');
  const bytes = utf8Length(value);
  if (bytes > maxBytes) throw new InvalidInputError(field, `must be at most ${maxBytes} UTF-8 bytes (got ${bytes})`);
  return value;
}

/** The id of an aggregate: the event store's partition key. */
export type EntityId = Branded<string, 'EntityId'>;
/** An event's or message's own id (the message store's partition key). */
export type EventId = Branded<string, 'EventId'>;
/** The type of aggregate, such as `Product`: a partition key of EventTypeIndex. */
export type AggregateType = Branded<string, 'AggregateType'>;
/** The type of event, such as `PriceUpdated`. */
export type EventType = Branded<string, 'EventType'>;
/** Who caused an event: a partition key of UserActionIndex and of the delivery table. */
export type UserId = Branded<string, 'UserId'>;
export type CorrelationId = Branded<string, 'CorrelationId'>;
/** Identifies one append call, written with each of its events to recognise it on a retry. */
export type CommitId = Branded<string, 'CommitId'>;

export const entityId = (value: unknown, field = 'entityId'): EntityId => checkedString(value, field, MAX_PARTITION_KEY_BYTES) as EntityId;
export const eventId = (value: unknown, field = 'eventId'): EventId => checkedString(value, field, MAX_PARTITION_KEY_BYTES) as EventId;
export const aggregateType = (value: unknown, field = 'aggregateType'): AggregateType => checkedString(value, field, MAX_PARTITION_KEY_BYTES) as AggregateType;
export const eventType = (value: unknown, field = 'eventType'): EventType => checkedString(value, field, MAX_SORT_KEY_BYTES) as EventType;
export const userId = (value: unknown, field = 'userId'): UserId => checkedString(value, field, MAX_PARTITION_KEY_BYTES) as UserId;
export const correlationId = (value: unknown, field = 'correlationId'): CorrelationId => checkedString(value, field, MAX_PARTITION_KEY_BYTES) as CorrelationId;
export const commitId = (value: unknown, field = 'commitId'): CommitId => checkedString(value, field, MAX_SORT_KEY_BYTES) as CommitId;
