/**
 * Parsing with a cache: the syntax and the text-only checks of an expression depend on its text
 * alone, so a repeated request costs one lookup; placeholders are resolved afterwards, per request.
 * Failures are not cached (they are rare and cheap to reproduce).
 */
import { utf8Length } from '../values/utf8-length.js';
import { checkCondition, checkPath, checkUpdate } from './check-static.js';
import { invalidExpression, type ExpressionKind } from './expression-error.js';
import { BoundedCache } from './bounded-cache.js';
import { parseCondition } from './parse-condition.js';
import { parseProjection } from './parse-projection.js';
import { parseUpdate } from './parse-update.js';
import type { RawCondition, RawPath, RawUpdate } from './raw-ast.js';
import { TokenCursor } from './token-cursor.js';
import { tokenize } from './tokenize.js';

const MAX_EXPRESSION_BYTES = 4096;
const CACHE_CAPACITY = 4096;

type Parsed = RawCondition | RawUpdate | readonly RawPath[];
/** One cache per kind, keyed by the text itself (a string caches its own hash; no key to build). */
const caches = new Map<ExpressionKind, BoundedCache<string, Parsed>>();

function cursorFor(kind: ExpressionKind, text: string): TokenCursor {
  if (text.length === 0) throw invalidExpression(kind, 'The expression can not be empty;');
  if (text.length > MAX_EXPRESSION_BYTES / 4) {
    const size = utf8Length(text);
    if (size > MAX_EXPRESSION_BYTES) {
      // DynamoDB quotes the size for condition-like expressions only.
      const suffix = kind === 'UpdateExpression' || kind === 'ProjectionExpression' ? '' : ` expression size: ${size}`;
      throw invalidExpression(kind, `Expression size has exceeded the maximum allowed size;${suffix}`);
    }
  }
  return new TokenCursor(text, tokenize(text), kind);
}

function cached<T extends Parsed>(kind: ExpressionKind, text: string, parse: () => T): T {
  let cache = caches.get(kind);
  if (cache === undefined) caches.set(kind, (cache = new BoundedCache(CACHE_CAPACITY)));
  const hit = cache.get(text);
  if (hit !== undefined) return hit as T;
  const parsed = parse();
  cache.set(text, parsed);
  return parsed;
}

/** Condition, filter and key condition expressions. */
export function parseConditionExpression(kind: ExpressionKind, text: string): RawCondition {
  return cached(kind, text, () => {
    const condition = parseCondition(cursorFor(kind, text));
    checkCondition(kind, condition);
    return condition;
  });
}

export function parseUpdateExpression(text: string): RawUpdate {
  return cached('UpdateExpression', text, () => {
    const update = parseUpdate(cursorFor('UpdateExpression', text));
    checkUpdate(update);
    return update;
  });
}

export function parseProjectionExpression(text: string): readonly RawPath[] {
  return cached('ProjectionExpression', text, () => {
    const paths = parseProjection(cursorFor('ProjectionExpression', text));
    for (const path of paths) checkPath('ProjectionExpression', path);
    return paths;
  });
}
