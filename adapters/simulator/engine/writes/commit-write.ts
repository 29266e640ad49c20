/**
 * Makes one item change visible and tells the listeners, after the fact and in commit order. A
 * write that changes nothing (a put of an identical item, an update that sets what is there, a
 * delete of nothing) leaves no change record, as DynamoDB Streams writes none for it.
 */
import type { AttributeMap } from '../../values/attribute-value.js';
import { mapsEqual } from '../../values/values-equal.js';
import type { TableEntry } from '../../tables/table-entry.js';
import type { EngineContext } from '../engine-context.js';
import type { ItemChange } from '../item-change.js';
import type { StoredItem } from '../item-store.js';
import { keyOf } from '../keys/table-keys.js';

const TTL_SERVICE = Object.freeze({ type: 'Service', principalId: 'dynamodb.amazonaws.com' } as const);

export interface PlannedWrite {
  readonly table: TableEntry;
  readonly before: StoredItem | undefined;
  /** The new item (frozen), or undefined for a delete. */
  readonly after: AttributeMap | undefined;
  readonly afterSize: number;
}

/** Applies the write to the store; returns the change to publish, if anything changed. */
export function applyWrite(context: EngineContext, write: PlannedWrite, byTtl = false): ItemChange | undefined {
  const { table, before, after } = write;
  const definition = table.definition;
  if (after !== undefined) table.store.put(after, write.afterSize);
  else if (before !== undefined) table.store.delete(before.item);
  if (!context.feed.active) return undefined;
  if (before === undefined && after === undefined) return undefined;
  if (before !== undefined && after !== undefined && mapsEqual(before.item, after)) return undefined;
  const eventName = before === undefined ? 'INSERT' : after === undefined ? 'REMOVE' : 'MODIFY';
  return {
    table: definition,
    eventName,
    keys: keyOf(definition, (after ?? before?.item) as AttributeMap),
    ...(before === undefined ? {} : { oldImage: before.item }),
    ...(after === undefined ? {} : { newImage: after }),
    time: context.clock.now(),
    ...(byTtl ? { userIdentity: TTL_SERVICE } : {}),
  };
}

/** Applies one write and publishes its change. */
export function commitWrite(context: EngineContext, write: PlannedWrite, byTtl = false): void {
  const change = applyWrite(context, write, byTtl);
  if (change !== undefined) context.feed.publish(change);
}
