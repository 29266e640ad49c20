/** Inputs and outputs of BatchGetItem and BatchWriteItem. */
import type { Item, Key } from './document-value.js';
import type {
  ConsumedCapacity,
  ExpressionAttributeNames,
  ItemCollectionMetrics,
  ReturnConsumedCapacity,
  ReturnItemCollectionMetrics,
} from './dynamo-db-common-types.js';

export interface KeysAndAttributes {
  readonly Keys: readonly Key[];
  readonly ConsistentRead?: boolean | undefined;
  readonly ProjectionExpression?: string | undefined;
  readonly ExpressionAttributeNames?: ExpressionAttributeNames | undefined;
  readonly AttributesToGet?: readonly string[] | undefined;
}

export interface BatchGetItemInput {
  /** Table names to the keys to read: at most 100 keys in all, none twice. */
  readonly RequestItems: Readonly<Record<string, KeysAndAttributes>>;
  readonly ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined;
}

export interface BatchGetItemOutput {
  readonly Responses?: Readonly<Record<string, readonly Item[]>>;
  /** Keys DynamoDB did not read this time; the caller (or the adapter) asks again. */
  readonly UnprocessedKeys?: Readonly<Record<string, KeysAndAttributes>>;
  readonly ConsumedCapacity?: readonly ConsumedCapacity[];
}

export interface PutRequest {
  readonly PutRequest: { readonly Item: Item };
}

export interface DeleteRequest {
  readonly DeleteRequest: { readonly Key: Key };
}

export type WriteRequest = PutRequest | DeleteRequest;

export interface BatchWriteItemInput {
  /** Table names to their writes: at most 25 in all, no item twice. */
  readonly RequestItems: Readonly<Record<string, readonly WriteRequest[]>>;
  readonly ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined;
  readonly ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics | undefined;
}

export interface BatchWriteItemOutput {
  readonly UnprocessedItems?: Readonly<Record<string, readonly WriteRequest[]>>;
  readonly ItemCollectionMetrics?: Readonly<Record<string, readonly ItemCollectionMetrics[]>>;
  readonly ConsumedCapacity?: readonly ConsumedCapacity[];
}
