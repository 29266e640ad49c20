/**
 * Write sharding: a hot partition key spread over N keys (`KEY#0` .. `KEY#N-1`). The shard comes
 * from a stable hash of something the writer knows (an event id), so a retry lands on the same
 * shard; readers query every shard and merge.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { positiveInteger } from '../values/versions.js';
import { KEY_SEPARATOR } from './composite-key.js';

/** 32-bit FNV-1a over UTF-16 code units: stable across runs and platforms, no dependency. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function shardOf(shardBy: string, shardCount: number): number {
  return stableHash(shardBy) % positiveInteger(shardCount, 'shardCount');
}

function suffixed(key: string, shard: number): string {
  if (key.length === 0) throw new InvalidInputError('key', 'must not be empty');
  // The suffix is the last part: the key itself may be composite (`USER#42#3`).
  return `${key}${KEY_SEPARATOR}${shard}`;
}

export function shardedKey(key: string, shardBy: string, shardCount: number): string {
  return suffixed(key, shardOf(shardBy, shardCount));
}

/** Every shard of a key, for reads that fan out. */
export function allShardKeys(key: string, shardCount: number): readonly string[] {
  const count = positiveInteger(shardCount, 'shardCount');
  return Array.from({ length: count }, (_, shard) => suffixed(key, shard));
}

/** The key without its shard suffix, and the shard. */
export function unshardedKey(key: string): { readonly key: string; readonly shard: number } {
  const at = key.lastIndexOf(KEY_SEPARATOR);
  const shard = at < 0 ? Number.NaN : Number(key.slice(at + 1));
  if (!Number.isSafeInteger(shard) || shard < 0) throw new InvalidInputError('key', `has no shard suffix: ${JSON.stringify(key)}`);
  return { key: key.slice(0, at), shard };
}
