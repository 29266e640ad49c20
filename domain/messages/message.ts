/**
 * Messages of the immutable message store: an id, a type and a JSON payload, supplied by the
 * client; `receivedAt` is assigned by the store when it first accepts the message.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { frozenJsonObject } from '../values/frozen-json.js';
import { eventId, eventType, type EventId, type EventType } from '../values/identifiers.js';
import type { IsoTimestamp } from '../values/iso-timestamp.js';
import { isPlainObject, type JsonObject } from '../values/json-value.js';

export interface MessageInput {
  readonly eventId: string;
  readonly eventType: string;
  readonly payload: unknown;
}

export interface Message {
  readonly eventId: EventId;
  readonly eventType: EventType;
  readonly payload: JsonObject;
}

export interface StoredMessage extends Message {
  /** Assigned by the store on the first accepted put; a duplicate put keeps the original's. */
  readonly receivedAt: IsoTimestamp;
}

const FIELDS: ReadonlySet<string> = new Set(['eventId', 'eventType', 'payload']);

/** Checks and freezes a message; unknown fields are refused rather than silently dropped. */
export function createMessage(input: unknown): Message {
  if (!isPlainObject(input)) throw new InvalidInputError('message', 'must be an object with eventId, eventType and payload');
  for (const key of Object.keys(input)) {
    if (!FIELDS.has(key)) throw new InvalidInputError(`message.${key}`, 'is not a field of a message (eventId, eventType, payload)');
  }
  return Object.freeze({
    eventId: eventId(input['eventId']),
    eventType: eventType(input['eventType']),
    payload: frozenJsonObject(input['payload'], 'payload'),
  });
}

/** The client-supplied part of a message: what "the same content" compares. */
export function clientContentOfMessage(message: Message): JsonObject {
  return { eventId: message.eventId, eventType: message.eventType, payload: message.payload };
}
