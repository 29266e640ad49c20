/**
 * The immutable message store port: put and get by id, nothing else. There is no update, delete,
 * scan or query, in this type or at run time. A put whose id is taken with the same content is an
 * idempotent success returning the stored original; with other content it throws
 * IdempotencyConflictError (domain/errors) and changes nothing.
 */
import type { MessageInput, StoredMessage } from '../domain/messages/message.js';

export type PutOutcome =
  | { readonly outcome: 'accepted'; readonly stored: StoredMessage }
  | { readonly outcome: 'duplicate'; readonly stored: StoredMessage };

export interface MessageStore {
  put(message: MessageInput): Promise<PutOutcome>;
  /** Strongly consistent: a message accepted before is always found. */
  get(eventId: string): Promise<StoredMessage | null>;
}
