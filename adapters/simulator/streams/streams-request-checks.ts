/**
 * The request shapes of the DynamoDB Streams operations as the Streams service model constrains
 * them, checked by the same validation as DynamoDB's own operations: members of the wrong JSON
 * type are a SerializationException, and every broken constraint is listed in one
 * ValidationException ("N validation errors detected: ...").
 */
import { validateRequest } from '../validation/check-constraints.js';
import type { MemberRule, Shape } from '../validation/member-rule.js';

export type StreamsRequest = Readonly<Record<string, unknown>>;

export const ITERATOR_TYPES = ['TRIM_HORIZON', 'LATEST', 'AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER'] as const;

const streamArn: MemberRule = { type: 'string', minLength: 37, maxLength: 1024 };
const shardId: MemberRule = { type: 'string', minLength: 28, maxLength: 65 };
/** ListStreams and DescribeStream return at most 100 streams or shards a page. */
const pageLimit: MemberRule = { type: 'integer', min: 1, max: 100 };

const SHAPES: Readonly<Record<string, Shape>> = {
  ListStreams: {
    TableName: { type: 'string', pattern: '[a-zA-Z0-9_.-]+', minLength: 3, maxLength: 255 },
    Limit: pageLimit,
    ExclusiveStartStreamArn: streamArn,
  },
  DescribeStream: {
    StreamArn: { ...streamArn, required: true },
    Limit: pageLimit,
    ExclusiveStartShardId: shardId,
  },
  GetShardIterator: {
    StreamArn: { ...streamArn, required: true },
    ShardId: { ...shardId, required: true },
    ShardIteratorType: { type: 'string', required: true, oneOf: ITERATOR_TYPES },
    SequenceNumber: { type: 'string', minLength: 21, maxLength: 40 },
  },
  GetRecords: {
    ShardIterator: { type: 'string', required: true, minLength: 1, maxLength: 2048 },
    Limit: { type: 'integer', min: 1 },
  },
};

/** The request of a Streams operation, checked against its shape. */
export function validateStreamsRequest(operation: string, request: unknown): StreamsRequest {
  const shape = SHAPES[operation];
  return shape === undefined ? {} : validateRequest(request, shape);
}

/** A member the shape check let through: a string, or absent. */
export function stringOf(request: StreamsRequest, field: string): string | undefined {
  const value = request[field];
  return typeof value === 'string' ? value : undefined;
}

export function numberOf(request: StreamsRequest, field: string): number | undefined {
  const value = request[field];
  return typeof value === 'number' ? value : undefined;
}
