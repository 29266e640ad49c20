/**
 * Parameter and result shapes shared by several DynamoDB operations, with DynamoDB's own names.
 * Inputs accept `undefined` for an absent optional field, as the AWS SDK does; outputs never
 * carry a field whose value is undefined.
 */
import type { DocumentValue, Item } from './document-value.js';

export type ReturnConsumedCapacity = 'INDEXES' | 'TOTAL' | 'NONE';
export type ReturnItemCollectionMetrics = 'SIZE' | 'NONE';
export type ReturnValue = 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW';
export type ReturnValuesOnConditionCheckFailure = 'ALL_OLD' | 'NONE';
export type Select = 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT';
export type ConditionalOperator = 'AND' | 'OR';

export type ComparisonOperator =
  | 'EQ'
  | 'NE'
  | 'IN'
  | 'LE'
  | 'LT'
  | 'GE'
  | 'GT'
  | 'BETWEEN'
  | 'NOT_NULL'
  | 'NULL'
  | 'CONTAINS'
  | 'NOT_CONTAINS'
  | 'BEGINS_WITH';

export type ExpressionAttributeNames = Readonly<Record<string, string>>;
export type ExpressionAttributeValues = Readonly<Record<string, DocumentValue>>;

export interface Capacity {
  readonly ReadCapacityUnits?: number;
  readonly WriteCapacityUnits?: number;
  readonly CapacityUnits?: number;
}

export interface ConsumedCapacity extends Capacity {
  readonly TableName?: string;
  readonly Table?: Capacity;
  readonly LocalSecondaryIndexes?: Readonly<Record<string, Capacity>>;
  readonly GlobalSecondaryIndexes?: Readonly<Record<string, Capacity>>;
}

export interface ItemCollectionMetrics {
  readonly ItemCollectionKey?: Item;
  readonly SizeEstimateRangeGB?: readonly number[];
}

/** Legacy conditional parameter of PutItem, UpdateItem and DeleteItem. */
export interface ExpectedAttributeValue {
  readonly Value?: DocumentValue | undefined;
  readonly Exists?: boolean | undefined;
  readonly ComparisonOperator?: ComparisonOperator | undefined;
  readonly AttributeValueList?: readonly DocumentValue[] | undefined;
}

/** Legacy condition of KeyConditions, QueryFilter and ScanFilter. */
export interface Condition {
  readonly ComparisonOperator: ComparisonOperator;
  readonly AttributeValueList?: readonly DocumentValue[] | undefined;
}

/** Legacy update of UpdateItem's AttributeUpdates. */
export interface AttributeValueUpdate {
  readonly Value?: DocumentValue | undefined;
  readonly Action?: 'ADD' | 'PUT' | 'DELETE' | undefined;
}
