/**
 * The DynamoDB Streams API over the stream store, on wire-form requests and responses: ListStreams,
 * DescribeStream, GetShardIterator and GetRecords, with the service's errors (ResourceNotFound,
 * ExpiredIterator, TrimmedDataAccess, Validation). Dates are epoch seconds, as on the wire.
 */
import type { Clock } from '../../../ports/clock.js';
import { SimulatorError } from '../simulator-error.js';
import { decodeShardIterator, encodeShardIterator, ITERATOR_LIFETIME_MS } from './shard-iterator.js';
import type { StreamLog } from './stream-log.js';
import type { StreamStore } from './stream-store.js';
import { numberOf, stringOf, validateStreamsRequest, type ITERATOR_TYPES, type StreamsRequest } from './streams-request-checks.js';
import { formatSequenceNumber } from './wire-stream-record.js';

export const STREAMS_OPERATIONS: ReadonlySet<string> = new Set(['ListStreams', 'DescribeStream', 'GetShardIterator', 'GetRecords']);

const MAX_RECORDS = 1000;
/** GetRecords returns at most 1 MB of records (by their SizeBytes), or 1000 records, whichever comes first. */
const MAX_RECORDS_BYTES = 1024 * 1024;

function invalidParameter(detail: string): SimulatorError {
  return SimulatorError.validation(`One or more parameter values were invalid: ${detail}`);
}

function streamNotFound(arn: string): SimulatorError {
  return new SimulatorError('ResourceNotFoundException', `Requested resource not found: Stream: ${arn} not found`);
}

function shardNotFound(): SimulatorError {
  return new SimulatorError('ResourceNotFoundException', 'Shard does not exist');
}

function trimmed(): SimulatorError {
  return new SimulatorError('TrimmedDataAccessException', 'The operation attempted to read past the oldest stream record in a shard.');
}

function keySchemaOf(log: StreamLog): { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[] {
  const { partitionKey, sortKey } = log.keySchema;
  const schema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[] = [{ AttributeName: partitionKey.name, KeyType: 'HASH' }];
  if (sortKey !== undefined) schema.push({ AttributeName: sortKey.name, KeyType: 'RANGE' });
  return schema;
}

export class StreamsService {
  constructor(
    private readonly store: StreamStore,
    private readonly clock: Clock,
  ) {}

  execute(operation: string, request: unknown): unknown {
    const input = validateStreamsRequest(operation, request);
    switch (operation) {
      case 'ListStreams':
        return this.listStreams(input);
      case 'DescribeStream':
        return this.describeStream(input);
      case 'GetShardIterator':
        return this.getShardIterator(input);
      case 'GetRecords':
        return this.getRecords(input);
      default:
        throw new SimulatorError('UnknownOperationException', '');
    }
  }

  private listStreams(input: StreamsRequest): unknown {
    const limit = numberOf(input, 'Limit') ?? 100;
    const tableName = stringOf(input, 'TableName');
    const exclusiveStart = stringOf(input, 'ExclusiveStartStreamArn');
    const matching = this.store
      .streams()
      .filter((log) => (tableName === undefined || log.tableName === tableName) && (exclusiveStart === undefined || log.arn > exclusiveStart));
    const page = matching.slice(0, limit);
    const last = page.at(-1);
    return {
      Streams: page.map((log) => ({ StreamArn: log.arn, TableName: log.tableName, StreamLabel: log.label })),
      ...(matching.length > limit && last !== undefined ? { LastEvaluatedStreamArn: last.arn } : {}),
    };
  }

  private describeStream(input: StreamsRequest): unknown {
    const arn = stringOf(input, 'StreamArn') as string;
    const exclusiveStartShardId = stringOf(input, 'ExclusiveStartShardId');
    const log = this.store.find(arn);
    if (log === undefined) throw streamNotFound(arn);
    const ending = log.endingSequence;
    const shard = {
      ShardId: log.shardId,
      SequenceNumberRange: {
        StartingSequenceNumber: formatSequenceNumber(log.startingSequence),
        ...(ending === undefined ? {} : { EndingSequenceNumber: formatSequenceNumber(ending) }),
      },
    };
    return {
      StreamDescription: {
        StreamArn: log.arn,
        StreamLabel: log.label,
        StreamStatus: log.enabled ? 'ENABLED' : 'DISABLED',
        StreamViewType: log.viewType,
        CreationRequestDateTime: log.createdAt / 1000,
        TableName: log.tableName,
        KeySchema: keySchemaOf(log),
        Shards: exclusiveStartShardId !== undefined && exclusiveStartShardId >= log.shardId ? [] : [shard],
      },
    };
  }

  private getShardIterator(input: StreamsRequest): unknown {
    const arn = stringOf(input, 'StreamArn') as string;
    const shardId = stringOf(input, 'ShardId') as string;
    const type = stringOf(input, 'ShardIteratorType') as (typeof ITERATOR_TYPES)[number];
    const sequenceNumber = stringOf(input, 'SequenceNumber');
    const log = this.store.find(arn);
    if (log === undefined) throw streamNotFound(arn);
    if (shardId !== log.shardId) throw shardNotFound();
    let after: number;
    if (type === 'TRIM_HORIZON' || type === 'LATEST') {
      if (sequenceNumber !== undefined) throw invalidParameter('SequenceNumber should not be passed for this iterator type');
      after = type === 'TRIM_HORIZON' ? log.trimmedThrough : (log.lastSequence ?? log.startingSequence - 1);
    } else {
      const sequence = sequenceNumber === undefined || !/^\d+$/.test(sequenceNumber) ? Number.NaN : Number(sequenceNumber);
      const ending = log.endingSequence ?? this.store.latestSequence;
      if (!(sequence >= log.startingSequence && sequence <= ending)) throw invalidParameter('Invalid SequenceNumber');
      if (sequence <= log.trimmedThrough) throw trimmed();
      after = type === 'AT_SEQUENCE_NUMBER' ? sequence - 1 : sequence;
    }
    return { ShardIterator: encodeShardIterator({ streamArn: log.arn, shardId: log.shardId, after, issuedAt: this.clock.now() }) };
  }

  private getRecords(input: StreamsRequest): unknown {
    const iterator = stringOf(input, 'ShardIterator') as string;
    const limit = numberOf(input, 'Limit') ?? MAX_RECORDS;
    if (limit > MAX_RECORDS) throw invalidParameter(`Limit should be less than or equal to ${MAX_RECORDS}`);
    const position = decodeShardIterator(iterator);
    if (position === undefined) throw SimulatorError.validation('Invalid ShardIterator');
    const log = this.store.find(position.streamArn);
    if (log === undefined) throw streamNotFound(position.streamArn);
    if (position.shardId !== log.shardId) throw shardNotFound();
    const now = this.clock.now();
    if (now - position.issuedAt > ITERATOR_LIFETIME_MS) {
      throw new SimulatorError(
        'ExpiredIteratorException',
        'The shard iterator has expired and can no longer be used to retrieve stream records. A shard iterator expires 15 minutes after it is retrieved using the GetShardIterator action.',
      );
    }
    if (position.after < log.trimmedThrough) throw trimmed();
    const records = log.recordsAfter(position.after, limit, MAX_RECORDS_BYTES);
    const lastRead = records.at(-1);
    const after = lastRead === undefined ? position.after : Number(lastRead.dynamodb.SequenceNumber);
    // A closed shard whose every record has been read has no next iterator: the consumer is done.
    const exhausted = !log.enabled && !log.hasRecordsAfter(after);
    return {
      Records: records,
      ...(exhausted ? {} : { NextShardIterator: encodeShardIterator({ streamArn: log.arn, shardId: log.shardId, after, issuedAt: now }) }),
    };
  }
}
