/**
 * Delivery records to and from items of the delivery tracking table (design 003). Three composite
 * values hold the same timestamp: the table's sort key `timestamp#event_id`, and the index sort
 * keys `event_type#timestamp` and `status#timestamp`, so every query orders by event time.
 */
import { CorruptRecordError } from '../../domain/errors/corrupt-record-error.js';
import type { DeliveryEvent, DeliveryKey, DeliveryRecord } from '../../domain/delivery/delivery-record.js';
import { isDeliveryStatus, type DeliveryStatus } from '../../domain/delivery/delivery-status.js';
import { compositeKey } from '../../domain/keys/composite-key.js';
import { DELIVERY_ATTRIBUTES as D } from '../../domain/tables/table-specs.js';
import type { EventId, EventType, UserId } from '../../domain/values/identifiers.js';
import type { IsoTimestamp } from '../../domain/values/iso-timestamp.js';
import { jsonFromStored, numberFromStored, stringFromStored } from '../../domain/values/json-from-stored.js';
import type { JsonObject, JsonValue } from '../../domain/values/json-value.js';
import type { Item, Key } from '../../ports/document-value.js';

export function sortKeyOf(timestamp: string, eventId: string): string {
  return compositeKey(timestamp, eventId);
}

export function statusKeyOf(status: DeliveryStatus, timestamp: string): string {
  return compositeKey(status, timestamp);
}

export function keyOf(key: DeliveryKey): Key {
  return { [D.userId]: key.userId, [D.sortKey]: sortKeyOf(key.timestamp, key.eventId) };
}

export interface NewRecordFields {
  readonly nowIso: IsoTimestamp;
  readonly ttl: number;
  readonly transitionId: string;
}

export function newDeliveryItem(event: DeliveryEvent, fields: NewRecordFields): Readonly<Record<string, JsonValue>> {
  return {
    [D.userId]: event.userId,
    [D.sortKey]: sortKeyOf(event.timestamp, event.eventId),
    [D.eventTypeKey]: compositeKey(event.eventType, event.timestamp),
    [D.statusKey]: statusKeyOf('pending', event.timestamp),
    [D.timestamp]: event.timestamp,
    [D.eventId]: event.eventId,
    [D.eventType]: event.eventType,
    [D.status]: 'pending',
    [D.payload]: event.payload,
    [D.retryCount]: 0,
    [D.createdAt]: fields.nowIso,
    [D.updatedAt]: fields.nowIso,
    [D.ttl]: fields.ttl,
    [D.transitionId]: fields.transitionId,
  };
}

export function transitionIdOf(item: Item): string | undefined {
  const id = item[D.transitionId];
  return typeof id === 'string' ? id : undefined;
}

export function deliveryFromItem(item: Item): DeliveryRecord {
  const text = (attribute: string): string => stringFromStored(item[attribute], 'delivery record', attribute);
  const optionalText = (attribute: string): string | undefined => (item[attribute] === undefined ? undefined : text(attribute));
  const status = text(D.status);
  if (!isDeliveryStatus(status)) throw new CorruptRecordError('delivery record', D.status, `is not a delivery status: ${status}`);
  const payload = jsonFromStored(item[D.payload], 'delivery record', D.payload);
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) throw new CorruptRecordError('delivery record', D.payload, 'is not a map');
  return Object.freeze({
    userId: text(D.userId) as UserId,
    eventId: text(D.eventId) as EventId,
    eventType: text(D.eventType) as EventType,
    timestamp: text(D.timestamp) as IsoTimestamp,
    payload: payload as JsonObject,
    status,
    retryCount: numberFromStored(item[D.retryCount], 'delivery record', D.retryCount),
    lastError: optionalText(D.lastError),
    nextRetryAt: optionalText(D.nextRetryAt) as IsoTimestamp | undefined,
    createdAt: text(D.createdAt) as IsoTimestamp,
    updatedAt: text(D.updatedAt) as IsoTimestamp,
    ttl: numberFromStored(item[D.ttl], 'delivery record', D.ttl),
  });
}
