/** An event to be appended, checked and frozen: what the caller supplies. */
import type { JsonObject } from '../values/json-value.js';
import { frozenJsonObject } from '../values/frozen-json.js';
import { correlationId, eventId, eventType, userId, type CorrelationId, type EventId, type EventType, type UserId } from '../values/identifiers.js';
import { isPlainObject } from '../values/json-value.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';

export interface NewEventInput<T = unknown> {
  readonly eventType: string;
  readonly eventData: T;
  readonly userId: string;
  readonly correlationId: string;
  /** The event's id; generated when absent. */
  readonly eventId?: string | undefined;
}

export interface NewEvent {
  readonly eventType: EventType;
  readonly eventData: JsonObject;
  readonly userId: UserId;
  readonly correlationId: CorrelationId;
  readonly eventId: EventId | undefined;
}

/** Checks every field (a typed error names the first bad one) and copies the data. */
export function newEvent(input: unknown, field = ''): NewEvent {
  if (!isPlainObject(input)) throw new InvalidInputError(field === '' ? 'event' : field, 'must be an object with eventType, eventData, userId and correlationId');
  const at = (name: string): string => (field === '' ? name : `${field}.${name}`);
  return Object.freeze({
    eventType: eventType(input['eventType'], at('eventType')),
    eventData: frozenJsonObject(input['eventData'], at('eventData')),
    userId: userId(input['userId'], at('userId')),
    correlationId: correlationId(input['correlationId'], at('correlationId')),
    eventId: input['eventId'] === undefined ? undefined : eventId(input['eventId'], at('eventId')),
  });
}
