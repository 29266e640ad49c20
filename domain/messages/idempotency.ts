/**
 * The idempotency decision for a write whose id is already taken. "The same content" means: the
 * canonical JSON (keys sorted, see canonical-json.ts) of the client-supplied fields is equal.
 * Server-assigned fields (a received time, a TTL, a status) are left out by the caller, since a
 * retry cannot know them. Equal content is a duplicate: an idempotent success that returns the
 * stored original. Anything else is a conflict.
 */
import { canonicalJson } from '../values/canonical-json.js';
import type { JsonValue } from '../values/json-value.js';

export type IdempotencyDecision = 'duplicate' | 'conflict';

export function decideIdempotency(incoming: JsonValue, stored: JsonValue): IdempotencyDecision {
  return canonicalJson(incoming) === canonicalJson(stored) ? 'duplicate' : 'conflict';
}
