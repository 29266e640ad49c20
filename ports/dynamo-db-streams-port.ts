/**
 * The DynamoDB Streams port: ListStreams, DescribeStream, GetShardIterator and GetRecords, with
 * the images of each record in lib-dynamodb's document shape.
 */
import type { Item, Key } from './document-value.js';
import type { StreamViewType } from './dynamo-db-table-types.js';

export type ShardIteratorType = 'TRIM_HORIZON' | 'LATEST' | 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER';
export type StreamStatus = 'ENABLING' | 'ENABLED' | 'DISABLING' | 'DISABLED';
export type StreamEventName = 'INSERT' | 'MODIFY' | 'REMOVE';

export interface StreamSummary {
  readonly StreamArn: string;
  readonly TableName: string;
  readonly StreamLabel: string;
}

export interface ListStreamsInput {
  readonly TableName?: string | undefined;
  readonly Limit?: number | undefined;
  readonly ExclusiveStartStreamArn?: string | undefined;
}

export interface ListStreamsOutput {
  readonly Streams?: readonly StreamSummary[];
  readonly LastEvaluatedStreamArn?: string;
}

export interface Shard {
  readonly ShardId: string;
  readonly ParentShardId?: string;
  readonly SequenceNumberRange: { readonly StartingSequenceNumber?: string; readonly EndingSequenceNumber?: string };
}

export interface StreamDescription {
  readonly StreamArn: string;
  readonly StreamLabel: string;
  readonly StreamStatus: StreamStatus;
  readonly StreamViewType: StreamViewType;
  readonly CreationRequestDateTime: Date;
  readonly TableName: string;
  readonly KeySchema: readonly { readonly AttributeName: string; readonly KeyType: 'HASH' | 'RANGE' }[];
  readonly Shards: readonly Shard[];
  readonly LastEvaluatedShardId?: string;
}

export interface DescribeStreamInput {
  readonly StreamArn: string;
  readonly Limit?: number | undefined;
  readonly ExclusiveStartShardId?: string | undefined;
}

export interface DescribeStreamOutput {
  readonly StreamDescription?: StreamDescription;
}

export interface GetShardIteratorInput {
  readonly StreamArn: string;
  readonly ShardId: string;
  readonly ShardIteratorType: ShardIteratorType;
  readonly SequenceNumber?: string | undefined;
}

export interface GetShardIteratorOutput {
  readonly ShardIterator?: string;
}

export interface StreamRecordImages {
  readonly ApproximateCreationDateTime?: Date;
  readonly Keys?: Key;
  readonly NewImage?: Item;
  readonly OldImage?: Item;
  readonly SequenceNumber?: string;
  readonly SizeBytes?: number;
  readonly StreamViewType?: StreamViewType;
}

export interface StreamRecord {
  readonly eventID: string;
  readonly eventName: StreamEventName;
  readonly eventVersion: string;
  readonly eventSource: 'aws:dynamodb';
  readonly awsRegion: string;
  readonly dynamodb: StreamRecordImages;
  /** Present for deletions by TTL: `{ type: 'Service', principalId: 'dynamodb.amazonaws.com' }`. */
  readonly userIdentity?: { readonly type: string; readonly principalId: string };
}

export interface GetRecordsInput {
  readonly ShardIterator: string;
  readonly Limit?: number | undefined;
}

export interface GetRecordsOutput {
  readonly Records?: readonly StreamRecord[];
  readonly NextShardIterator?: string;
}

export interface DynamoDbStreamsOperations {
  ListStreams: { input: ListStreamsInput; output: ListStreamsOutput };
  DescribeStream: { input: DescribeStreamInput; output: DescribeStreamOutput };
  GetShardIterator: { input: GetShardIteratorInput; output: GetShardIteratorOutput };
  GetRecords: { input: GetRecordsInput; output: GetRecordsOutput };
}

export type StreamsOperationName = keyof DynamoDbStreamsOperations;

export const STREAMS_OPERATION_NAMES = ['ListStreams', 'DescribeStream', 'GetShardIterator', 'GetRecords'] as const satisfies readonly StreamsOperationName[];

export type SendStreamsOperation = <N extends StreamsOperationName>(
  operation: N,
  input: DynamoDbStreamsOperations[N]['input'],
) => Promise<DynamoDbStreamsOperations[N]['output']>;

export interface DynamoDbStreamsPort {
  readonly send: SendStreamsOperation;
  listStreams(input: ListStreamsInput): Promise<ListStreamsOutput>;
  describeStream(input: DescribeStreamInput): Promise<DescribeStreamOutput>;
  getShardIterator(input: GetShardIteratorInput): Promise<GetShardIteratorOutput>;
  getRecords(input: GetRecordsInput): Promise<GetRecordsOutput>;
}

export function createDynamoDbStreamsPort(send: SendStreamsOperation): DynamoDbStreamsPort {
  return Object.freeze({
    send,
    listStreams: (input: ListStreamsInput) => send('ListStreams', input),
    describeStream: (input: DescribeStreamInput) => send('DescribeStream', input),
    getShardIterator: (input: GetShardIteratorInput) => send('GetShardIterator', input),
    getRecords: (input: GetRecordsInput) => send('GetRecords', input),
  });
}
