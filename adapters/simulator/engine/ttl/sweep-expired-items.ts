/**
 * DynamoDB's TTL sweep: an item expires when its TTL attribute is a top-level Number (epoch
 * seconds) less than the current time; values more than five years in the past are ignored, as
 * DynamoDB ignores them. Until a sweep deletes them, expired items stay readable. Deletions are
 * service deletions: REMOVE changes with DynamoDB's own principal.
 */
import type { AttributeMap } from '../../values/attribute-value.js';
import type { TableEntry } from '../../tables/table-entry.js';
import type { EngineContext } from '../engine-context.js';
import type { StoredItem } from '../item-store.js';
import { commitWrite } from '../writes/commit-write.js';

const FIVE_YEARS_SECONDS = 5 * 365 * 24 * 60 * 60;

/** Whether an item's TTL attribute says it has expired at `nowSeconds`. */
export function isExpired(item: AttributeMap, attributeName: string, nowSeconds: number): boolean {
  const value = item[attributeName];
  if (value === undefined || !('N' in value)) return false;
  const expiresAt = Number(value.N);
  return expiresAt < nowSeconds && expiresAt >= nowSeconds - FIVE_YEARS_SECONDS;
}

function expiredItems(table: TableEntry, nowSeconds: number): readonly StoredItem[] {
  const ttl = table.definition.timeToLive;
  if (ttl === undefined || !ttl.enabled) return [];
  const expired: StoredItem[] = [];
  for (const entry of table.store.scan()) if (isExpired(entry.item, ttl.attributeName, nowSeconds)) expired.push(entry);
  return expired;
}

/** Deletes every expired item of every table with TTL enabled; returns how many. */
export function sweepExpiredItems(context: EngineContext): number {
  const nowSeconds = context.clock.now() / 1000;
  let deleted = 0;
  for (const table of context.catalog.list()) {
    // Collected first: the store must not change while it is being iterated.
    for (const entry of expiredItems(table, nowSeconds)) {
      commitWrite(context, { table, before: entry, after: undefined, afterSize: 0 }, true);
      deleted += 1;
    }
  }
  return deleted;
}
