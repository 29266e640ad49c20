/**
 * The AWS SDK command for each port operation: lib-dynamodb's document commands for item
 * operations (they marshal with @aws-sdk/util-dynamodb), the client's own for table operations.
 */
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateContinuousBackupsCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { OperationName } from '../../ports/dynamo-db-operations.js';

// The SDK's command inputs are structurally wider than the port's (every field `| undefined`),
// so any port input is a valid command input; the constructor signature is erased to that.
type AnyCommand = new (input: never) => object;

/** Operations served by lib-dynamodb's document commands, which marshal input and unmarshal output. */
export const DOCUMENT_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
  'Scan',
  'BatchGetItem',
  'BatchWriteItem',
  'TransactGetItems',
  'TransactWriteItems',
]);

export const AWS_COMMANDS: Readonly<Record<OperationName, AnyCommand>> = {
  GetItem: GetCommand,
  PutItem: PutCommand,
  UpdateItem: UpdateCommand,
  DeleteItem: DeleteCommand,
  Query: QueryCommand,
  Scan: ScanCommand,
  BatchGetItem: BatchGetCommand,
  BatchWriteItem: BatchWriteCommand,
  TransactGetItems: TransactGetCommand,
  TransactWriteItems: TransactWriteCommand,
  CreateTable: CreateTableCommand,
  DeleteTable: DeleteTableCommand,
  DescribeTable: DescribeTableCommand,
  ListTables: ListTablesCommand,
  UpdateTable: UpdateTableCommand,
  UpdateTimeToLive: UpdateTimeToLiveCommand,
  DescribeTimeToLive: DescribeTimeToLiveCommand,
  UpdateContinuousBackups: UpdateContinuousBackupsCommand,
  DescribeContinuousBackups: DescribeContinuousBackupsCommand,
  TagResource: TagResourceCommand,
  UntagResource: UntagResourceCommand,
  ListTagsOfResource: ListTagsOfResourceCommand,
};
