/** Span names and the `operation` label of every metric: DynamoDB's operation in snake case. */
import type { OperationName } from '../../ports/dynamo-db-operations.js';

export const OPERATION_LABELS: Readonly<Record<OperationName, string>> = Object.freeze({
  GetItem: 'get_item',
  PutItem: 'put_item',
  UpdateItem: 'update_item',
  DeleteItem: 'delete_item',
  Query: 'query',
  Scan: 'scan',
  BatchGetItem: 'batch_get',
  BatchWriteItem: 'batch_write',
  TransactGetItems: 'transact_get',
  TransactWriteItems: 'transact_write',
  CreateTable: 'create_table',
  DeleteTable: 'delete_table',
  DescribeTable: 'describe_table',
  ListTables: 'list_tables',
  UpdateTable: 'update_table',
  UpdateTimeToLive: 'update_time_to_live',
  DescribeTimeToLive: 'describe_time_to_live',
  UpdateContinuousBackups: 'update_continuous_backups',
  DescribeContinuousBackups: 'describe_continuous_backups',
  TagResource: 'tag_resource',
  UntagResource: 'untag_resource',
  ListTagsOfResource: 'list_tags_of_resource',
});

const SPAN_NAMES = new Map(Object.entries(OPERATION_LABELS).map(([operation, label]) => [operation, `dynamodb.${label}`]));

/** `dynamodb.get_item`, `dynamodb.batch_write`, ...: one span name per operation. */
export function spanName(operation: OperationName): string {
  return SPAN_NAMES.get(operation) ?? `dynamodb.${OPERATION_LABELS[operation]}`;
}
