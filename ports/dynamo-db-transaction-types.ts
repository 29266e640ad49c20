/** Inputs and outputs of TransactGetItems and TransactWriteItems. */
import type { Item, Key } from './document-value.js';
import type {
  ConsumedCapacity,
  ExpressionAttributeNames,
  ExpressionAttributeValues,
  ItemCollectionMetrics,
  ReturnConsumedCapacity,
  ReturnItemCollectionMetrics,
  ReturnValuesOnConditionCheckFailure,
} from './dynamo-db-common-types.js';

export interface TransactGetItem {
  readonly Get: {
    readonly TableName: string;
    readonly Key: Key;
    readonly ProjectionExpression?: string | undefined;
    readonly ExpressionAttributeNames?: ExpressionAttributeNames | undefined;
  };
}

export interface TransactGetItemsInput {
  /** At most 100 reads, no item twice. */
  readonly TransactItems: readonly TransactGetItem[];
  readonly ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined;
}

export interface TransactGetItemsOutput {
  /** In the order of the request; an entry without Item means the item does not exist. */
  readonly Responses?: readonly { readonly Item?: Item }[];
  readonly ConsumedCapacity?: readonly ConsumedCapacity[];
}

interface TransactWriteAction {
  readonly TableName: string;
  readonly ConditionExpression?: string | undefined;
  readonly ExpressionAttributeNames?: ExpressionAttributeNames | undefined;
  readonly ExpressionAttributeValues?: ExpressionAttributeValues | undefined;
  readonly ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure | undefined;
}

export interface TransactConditionCheck {
  readonly ConditionCheck: TransactWriteAction & { readonly Key: Key; readonly ConditionExpression: string };
}

export interface TransactPut {
  readonly Put: TransactWriteAction & { readonly Item: Item };
}

export interface TransactDelete {
  readonly Delete: TransactWriteAction & { readonly Key: Key };
}

export interface TransactUpdate {
  readonly Update: TransactWriteAction & { readonly Key: Key; readonly UpdateExpression: string };
}

export type TransactWriteItem = TransactConditionCheck | TransactPut | TransactDelete | TransactUpdate;

export interface TransactWriteItemsInput {
  /** At most 100 actions, no item twice, 4 MB in all. */
  readonly TransactItems: readonly TransactWriteItem[];
  /** Makes the call idempotent for 10 minutes: the same token and request succeed again. */
  readonly ClientRequestToken?: string | undefined;
  readonly ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined;
  readonly ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics | undefined;
}

export interface TransactWriteItemsOutput {
  readonly ConsumedCapacity?: readonly ConsumedCapacity[];
  readonly ItemCollectionMetrics?: Readonly<Record<string, readonly ItemCollectionMetrics[]>>;
}

/** One entry per action of a canceled transaction, in the order of the request. */
export interface CancellationReason {
  /** `None` for an action that did not cause the cancellation. */
  readonly Code: string;
  readonly Message?: string;
  /** The item as it was, for a failed condition with ReturnValuesOnConditionCheckFailure ALL_OLD. */
  readonly Item?: Item;
}
