/**
 * One committed change of one item, as the engine reports it to its listeners (the streams, the
 * in-process subscriptions). Emitted after the change is visible, in commit order.
 */
import type { AttributeMap } from '../values/attribute-value.js';
import type { TableDefinition } from './table-definition.js';

export interface ItemChange {
  readonly table: TableDefinition;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  /** The key attributes of the item. */
  readonly keys: AttributeMap;
  readonly oldImage?: AttributeMap;
  readonly newImage?: AttributeMap;
  /** Milliseconds since the epoch, from the engine's clock. */
  readonly time: number;
  /** Set for deletions by the TTL sweep: DynamoDB's own service principal. */
  readonly userIdentity?: { readonly type: 'Service'; readonly principalId: 'dynamodb.amazonaws.com' };
}

export type ItemChangeListener = (change: ItemChange) => void;
