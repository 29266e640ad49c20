/** Messages to and from the items of the message store table (design 000). */
import { CorruptRecordError } from '../../domain/errors/corrupt-record-error.js';
import type { StoredMessage } from '../../domain/messages/message.js';
import { MESSAGE_ATTRIBUTES as M } from '../../domain/tables/table-specs.js';
import type { EventId, EventType } from '../../domain/values/identifiers.js';
import type { IsoTimestamp } from '../../domain/values/iso-timestamp.js';
import { jsonFromStored, stringFromStored } from '../../domain/values/json-from-stored.js';
import type { JsonObject, JsonValue } from '../../domain/values/json-value.js';
import type { Item } from '../../ports/document-value.js';

/** Ours: identifies the put that wrote the item, to tell our own landed write from a duplicate. */
export const WRITE_ID_ATTRIBUTE = 'write_id';

export function messageItem(message: StoredMessage, writeId: string): Readonly<Record<string, JsonValue>> {
  return {
    [M.eventId]: message.eventId,
    [M.eventType]: message.eventType,
    [M.payload]: message.payload,
    [M.receivedAt]: message.receivedAt,
    [WRITE_ID_ATTRIBUTE]: writeId,
  };
}

export function messageFromItem(item: Item): StoredMessage {
  const text = (attribute: string): string => stringFromStored(item[attribute], 'message', attribute);
  const payload = jsonFromStored(item[M.payload], 'message', M.payload);
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) throw new CorruptRecordError('message', M.payload, 'is not a map');
  return Object.freeze({
    eventId: text(M.eventId) as EventId,
    eventType: text(M.eventType) as EventType,
    payload: payload as JsonObject,
    receivedAt: text(M.receivedAt) as IsoTimestamp,
  });
}

export function writeIdOf(item: Item): string | undefined {
  const id = item[WRITE_ID_ATTRIBUTE];
  return typeof id === 'string' ? id : undefined;
}
