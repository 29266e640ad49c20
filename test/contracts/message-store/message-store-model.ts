/**
 * The plain model of the immutable message store: what was accepted under each id, with the time
 * it was received (predicted from the subject's clock, or learned at first sight). The run's ids
 * start with its prefix.
 */
import type { JsonObject } from '../../../domain/values/json-value.js';
import { Pinned } from '../shared/pinned.js';
import { sameJson } from '../shared/same-json.js';
import type { AdjustableClock } from '../shared/store-factory-context.js';

export interface MessageContent {
  readonly eventType: string;
  readonly payload: JsonObject;
}

export interface ModelMessage extends MessageContent {
  readonly eventId: string;
  readonly receivedAt: Pinned<string>;
}

export const MESSAGE_IDS = 4;

export class MessageStoreModel {
  private readonly messages = new Map<string, ModelMessage>();

  constructor(
    readonly prefix: string,
    readonly clock: AdjustableClock | undefined,
    readonly canSwitchStores: boolean,
  ) {}

  id(index: number): string {
    return `${this.prefix}-message-${index}`;
  }

  get(eventId: string): ModelMessage | undefined {
    return this.messages.get(eventId);
  }

  accept(eventId: string, content: MessageContent, receivedAt: string | undefined): ModelMessage {
    const message: ModelMessage = { eventId, eventType: content.eventType, payload: content.payload, receivedAt: new Pinned(receivedAt) };
    this.messages.set(eventId, message);
    return message;
  }

  nowIso(): string | undefined {
    return this.clock === undefined ? undefined : new Date(this.clock.now()).toISOString();
  }
}

/** The same content: the same type and payload, whatever the order of the payload's keys. */
export function sameContent(left: MessageContent, right: MessageContent): boolean {
  return left.eventType === right.eventType && sameJson(left.payload, right.payload);
}
