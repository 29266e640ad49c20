/** Inputs and outputs of Query and Scan. */
import type { Item, Key } from './document-value.js';
import type {
  Condition,
  ConditionalOperator,
  ConsumedCapacity,
  ExpressionAttributeNames,
  ExpressionAttributeValues,
  ReturnConsumedCapacity,
  Select,
} from './dynamo-db-common-types.js';

/** What Query and Scan share. */
export interface ReadManyInput {
  readonly TableName: string;
  readonly IndexName?: string | undefined;
  readonly Select?: Select | undefined;
  /** Counts items read (before the filter), not items returned. */
  readonly Limit?: number | undefined;
  readonly ConsistentRead?: boolean | undefined;
  readonly ExclusiveStartKey?: Key | undefined;
  readonly FilterExpression?: string | undefined;
  readonly ProjectionExpression?: string | undefined;
  readonly ExpressionAttributeNames?: ExpressionAttributeNames | undefined;
  readonly ExpressionAttributeValues?: ExpressionAttributeValues | undefined;
  readonly AttributesToGet?: readonly string[] | undefined;
  readonly ConditionalOperator?: ConditionalOperator | undefined;
  readonly ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined;
}

export interface QueryInput extends ReadManyInput {
  readonly KeyConditionExpression?: string | undefined;
  readonly KeyConditions?: Readonly<Record<string, Condition>> | undefined;
  readonly QueryFilter?: Readonly<Record<string, Condition>> | undefined;
  readonly ScanIndexForward?: boolean | undefined;
}

export interface ScanInput extends ReadManyInput {
  readonly ScanFilter?: Readonly<Record<string, Condition>> | undefined;
  readonly Segment?: number | undefined;
  readonly TotalSegments?: number | undefined;
}

/** One page of a Query or Scan. */
export interface ReadManyOutput {
  /** Absent when Select is COUNT. */
  readonly Items?: readonly Item[];
  readonly Count: number;
  readonly ScannedCount: number;
  /** Present when there may be more items; for an index it carries the table's keys too. */
  readonly LastEvaluatedKey?: Key;
  readonly ConsumedCapacity?: ConsumedCapacity;
}

export type QueryOutput = ReadManyOutput;
export type ScanOutput = ReadManyOutput;
