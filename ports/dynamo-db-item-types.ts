/** Inputs and outputs of the single-item operations: GetItem, PutItem, UpdateItem, DeleteItem. */
import type { Item, Key } from './document-value.js';
import type {
  AttributeValueUpdate,
  ConditionalOperator,
  ConsumedCapacity,
  ExpectedAttributeValue,
  ExpressionAttributeNames,
  ExpressionAttributeValues,
  ItemCollectionMetrics,
  ReturnConsumedCapacity,
  ReturnItemCollectionMetrics,
  ReturnValue,
  ReturnValuesOnConditionCheckFailure,
} from './dynamo-db-common-types.js';

export interface GetItemInput {
  readonly TableName: string;
  readonly Key: Key;
  readonly ConsistentRead?: boolean | undefined;
  readonly ProjectionExpression?: string | undefined;
  readonly ExpressionAttributeNames?: ExpressionAttributeNames | undefined;
  readonly AttributesToGet?: readonly string[] | undefined;
  readonly ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined;
}

export interface GetItemOutput {
  readonly Item?: Item;
  readonly ConsumedCapacity?: ConsumedCapacity;
}

/** What every conditional write accepts. */
export interface ConditionalWriteInput {
  readonly TableName: string;
  readonly ConditionExpression?: string | undefined;
  readonly ExpressionAttributeNames?: ExpressionAttributeNames | undefined;
  readonly ExpressionAttributeValues?: ExpressionAttributeValues | undefined;
  readonly Expected?: Readonly<Record<string, ExpectedAttributeValue>> | undefined;
  readonly ConditionalOperator?: ConditionalOperator | undefined;
  readonly ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined;
  readonly ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics | undefined;
  readonly ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure | undefined;
}

/** What every single-item write returns. */
export interface WriteOutput {
  readonly Attributes?: Item;
  readonly ConsumedCapacity?: ConsumedCapacity;
  readonly ItemCollectionMetrics?: ItemCollectionMetrics;
}

export interface PutItemInput extends ConditionalWriteInput {
  readonly Item: Item;
  /** PutItem accepts NONE and ALL_OLD only. */
  readonly ReturnValues?: ReturnValue | undefined;
}

export type PutItemOutput = WriteOutput;

export interface UpdateItemInput extends ConditionalWriteInput {
  readonly Key: Key;
  readonly UpdateExpression?: string | undefined;
  readonly AttributeUpdates?: Readonly<Record<string, AttributeValueUpdate>> | undefined;
  readonly ReturnValues?: ReturnValue | undefined;
}

export type UpdateItemOutput = WriteOutput;

export interface DeleteItemInput extends ConditionalWriteInput {
  readonly Key: Key;
  /** DeleteItem accepts NONE and ALL_OLD only. */
  readonly ReturnValues?: ReturnValue | undefined;
}

export type DeleteItemOutput = WriteOutput;
