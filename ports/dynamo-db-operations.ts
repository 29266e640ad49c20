/**
 * The operations of the DynamoDB port, by DynamoDB's own operation names, with their input and
 * output shapes. One map drives everything that treats operations alike: the port's methods,
 * recording, telemetry and resilience.
 */
import type { BatchGetItemInput, BatchGetItemOutput, BatchWriteItemInput, BatchWriteItemOutput } from './dynamo-db-batch-types.js';
import type {
  DeleteItemInput,
  DeleteItemOutput,
  GetItemInput,
  GetItemOutput,
  PutItemInput,
  PutItemOutput,
  UpdateItemInput,
  UpdateItemOutput,
} from './dynamo-db-item-types.js';
import type { QueryInput, QueryOutput, ScanInput, ScanOutput } from './dynamo-db-read-types.js';
import type {
  CreateTableInput,
  CreateTableOutput,
  DeleteTableInput,
  DeleteTableOutput,
  DescribeContinuousBackupsInput,
  DescribeContinuousBackupsOutput,
  DescribeTableInput,
  DescribeTableOutput,
  DescribeTimeToLiveInput,
  DescribeTimeToLiveOutput,
  ListTablesInput,
  ListTablesOutput,
  ListTagsOfResourceInput,
  ListTagsOfResourceOutput,
  TagResourceInput,
  TagResourceOutput,
  UntagResourceInput,
  UntagResourceOutput,
  UpdateContinuousBackupsInput,
  UpdateContinuousBackupsOutput,
  UpdateTableInput,
  UpdateTableOutput,
  UpdateTimeToLiveInput,
  UpdateTimeToLiveOutput,
} from './dynamo-db-table-types.js';
import type {
  TransactGetItemsInput,
  TransactGetItemsOutput,
  TransactWriteItemsInput,
  TransactWriteItemsOutput,
} from './dynamo-db-transaction-types.js';

export interface DynamoDbOperations {
  GetItem: { input: GetItemInput; output: GetItemOutput };
  PutItem: { input: PutItemInput; output: PutItemOutput };
  UpdateItem: { input: UpdateItemInput; output: UpdateItemOutput };
  DeleteItem: { input: DeleteItemInput; output: DeleteItemOutput };
  Query: { input: QueryInput; output: QueryOutput };
  Scan: { input: ScanInput; output: ScanOutput };
  BatchGetItem: { input: BatchGetItemInput; output: BatchGetItemOutput };
  BatchWriteItem: { input: BatchWriteItemInput; output: BatchWriteItemOutput };
  TransactGetItems: { input: TransactGetItemsInput; output: TransactGetItemsOutput };
  TransactWriteItems: { input: TransactWriteItemsInput; output: TransactWriteItemsOutput };
  CreateTable: { input: CreateTableInput; output: CreateTableOutput };
  DeleteTable: { input: DeleteTableInput; output: DeleteTableOutput };
  DescribeTable: { input: DescribeTableInput; output: DescribeTableOutput };
  ListTables: { input: ListTablesInput; output: ListTablesOutput };
  UpdateTable: { input: UpdateTableInput; output: UpdateTableOutput };
  UpdateTimeToLive: { input: UpdateTimeToLiveInput; output: UpdateTimeToLiveOutput };
  DescribeTimeToLive: { input: DescribeTimeToLiveInput; output: DescribeTimeToLiveOutput };
  UpdateContinuousBackups: { input: UpdateContinuousBackupsInput; output: UpdateContinuousBackupsOutput };
  DescribeContinuousBackups: { input: DescribeContinuousBackupsInput; output: DescribeContinuousBackupsOutput };
  TagResource: { input: TagResourceInput; output: TagResourceOutput };
  UntagResource: { input: UntagResourceInput; output: UntagResourceOutput };
  ListTagsOfResource: { input: ListTagsOfResourceInput; output: ListTagsOfResourceOutput };
}

export type OperationName = keyof DynamoDbOperations;
export type InputOf<N extends OperationName> = DynamoDbOperations[N]['input'];
export type OutputOf<N extends OperationName> = DynamoDbOperations[N]['output'];

/** Every operation name, in the order of the map above. */
export const OPERATION_NAMES = [
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
  'CreateTable',
  'DeleteTable',
  'DescribeTable',
  'ListTables',
  'UpdateTable',
  'UpdateTimeToLive',
  'DescribeTimeToLive',
  'UpdateContinuousBackups',
  'DescribeContinuousBackups',
  'TagResource',
  'UntagResource',
  'ListTagsOfResource',
] as const satisfies readonly OperationName[];

/** Operations that change items; the others read items or work on tables. */
export const ITEM_WRITE_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
]);

/** The single seam every adapter implements and every decorator wraps. */
export type SendOperation = <N extends OperationName>(operation: N, input: InputOf<N>) => Promise<OutputOf<N>>;

/** A handler per operation; indexing it by a generic name keeps input and output correlated. */
export type OperationHandlers = { [N in OperationName]: (input: InputOf<N>) => Promise<OutputOf<N>> };
