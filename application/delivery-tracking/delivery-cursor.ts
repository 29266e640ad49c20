/**
 * Opaque paging cursors: the LastEvaluatedKey of a page, bound to the query that produced it
 * (index, user and range), as base64url JSON. A cursor from another query, or one edited by hand,
 * is a typed error rather than a page of some other user's records.
 */
import { InvalidInputError } from '../../domain/errors/invalid-input-error.js';
import { isPlainObject } from '../../domain/values/json-value.js';
import type { Key } from '../../ports/document-value.js';

export interface CursorScope {
  /** The index queried, or `table`. */
  readonly index: string;
  readonly userId: string;
  readonly low: string;
  readonly high: string;
  /** The key attributes a LastEvaluatedKey of this index has. */
  readonly keyAttributes: readonly string[];
}

function scopeTag(scope: CursorScope): string {
  return JSON.stringify([scope.index, scope.userId, scope.low, scope.high]);
}

export function encodeCursor(scope: CursorScope, key: Key): string {
  return Buffer.from(JSON.stringify({ v: 1, s: scopeTag(scope), k: key }), 'utf8').toString('base64url');
}

function invalid(problem: string): InvalidInputError {
  return new InvalidInputError('cursor', problem);
}

export function decodeCursor(scope: CursorScope, cursor: unknown): Key {
  if (typeof cursor !== 'string' || cursor.length === 0) throw invalid('must be a cursor string returned by a previous page');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    throw invalid('is not a cursor returned by a previous page');
  }
  if (!isPlainObject(decoded) || decoded['v'] !== 1 || !isPlainObject(decoded['k'])) throw invalid('is not a cursor returned by a previous page');
  if (decoded['s'] !== scopeTag(scope)) throw invalid('belongs to another query (other index, user or time range)');
  const key = decoded['k'];
  const names = Object.keys(key).sort();
  const expected = [...scope.keyAttributes].sort();
  if (names.length !== expected.length || names.some((name, index) => name !== expected[index]) || names.some((name) => typeof key[name] !== 'string')) {
    throw invalid('does not hold the keys of this index');
  }
  return key as Key;
}
