/**
 * Records of the delivery tracking table: an event to deliver to a user, with its delivery
 * status. The client supplies the user, the event's id, type and time, and a payload; the status,
 * retry count, TTL and update times belong to the tracker.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { frozenJsonObject } from '../values/frozen-json.js';
import { eventId, eventType, userId, type EventId, type EventType, type UserId } from '../values/identifiers.js';
import { isoTimestamp, type IsoTimestamp } from '../values/iso-timestamp.js';
import { isPlainObject, type JsonObject } from '../values/json-value.js';
import { utf8Length } from '../values/utf8-length.js';
import type { DeliveryStatus } from './delivery-status.js';

export interface DeliveryEventInput {
  readonly userId: string;
  readonly eventId: string;
  readonly eventType: string;
  /** The event's own time (ISO 8601): part of the key, so a retried record() finds its first write. */
  readonly timestamp: string;
  readonly payload: unknown;
}

export interface DeliveryEvent {
  readonly userId: UserId;
  readonly eventId: EventId;
  readonly eventType: EventType;
  readonly timestamp: IsoTimestamp;
  readonly payload: JsonObject;
}

/** What identifies a record: the table's key (user_id, timestamp#event_id). */
export interface DeliveryKey {
  readonly userId: UserId;
  readonly timestamp: IsoTimestamp;
  readonly eventId: EventId;
}

export interface DeliveryRecord extends DeliveryEvent {
  readonly status: DeliveryStatus;
  readonly retryCount: number;
  readonly lastError: string | undefined;
  readonly nextRetryAt: IsoTimestamp | undefined;
  readonly createdAt: IsoTimestamp;
  readonly updatedAt: IsoTimestamp;
  /** When the record expires, in epoch seconds (the table's TTL attribute). */
  readonly ttl: number;
}

/** A timestamp and a separator precede the event id in the sort key (at most 1024 bytes). */
const MAX_EVENT_ID_BYTES = 1024 - 25;

function separatorFree(value: string, field: string): string {
  if (value.includes('#')) throw new InvalidInputError(field, 'must not contain "#", the separator of composite keys');
  return value;
}

function checkedEventId(value: unknown, field: string): EventId {
  const id = eventId(value, field);
  if (utf8Length(id) > MAX_EVENT_ID_BYTES) throw new InvalidInputError(field, `must be at most ${MAX_EVENT_ID_BYTES} UTF-8 bytes to fit the sort key`);
  return id;
}

export function deliveryKey(input: unknown): DeliveryKey {
  if (!isPlainObject(input)) throw new InvalidInputError('key', 'must be an object with userId, timestamp and eventId');
  return Object.freeze({
    userId: userId(input['userId']),
    timestamp: isoTimestamp(input['timestamp']),
    eventId: checkedEventId(input['eventId'], 'eventId'),
  });
}

export function deliveryEvent(input: unknown): DeliveryEvent {
  if (!isPlainObject(input)) throw new InvalidInputError('event', 'must be an object with userId, eventId, eventType, timestamp and payload');
  const type = eventType(input['eventType']);
  if (utf8Length(type) > MAX_EVENT_ID_BYTES) throw new InvalidInputError('eventType', `must be at most ${MAX_EVENT_ID_BYTES} UTF-8 bytes to fit the index sort key`);
  return Object.freeze({
    userId: userId(input['userId']),
    eventId: checkedEventId(input['eventId'], 'eventId'),
    eventType: separatorFree(type, 'eventType') as EventType,
    timestamp: isoTimestamp(input['timestamp']),
    payload: frozenJsonObject(input['payload'], 'payload'),
  });
}

/** The client-supplied part of a record: what "the same content" compares for a duplicate. */
export function clientContentOfDelivery(event: DeliveryEvent): JsonObject {
  return { userId: event.userId, eventId: event.eventId, eventType: event.eventType, timestamp: event.timestamp, payload: event.payload };
}
