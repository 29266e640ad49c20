/**
 * One table stream: its description and its records in commit order, with one shard (DynamoDB
 * splits shards over time; a single open shard keeps every guarantee a consumer relies on).
 * Records older than 24 hours by the clock are trimmed; a disabled stream keeps its records
 * readable until they age out.
 */
import type { KeySchema, StreamSettings } from '../engine/table-definition.js';
import type { WireStreamRecord } from './wire-stream-record.js';

export const RETENTION_MS = 24 * 60 * 60 * 1000;

interface StoredRecord {
  readonly sequence: number;
  readonly time: number;
  readonly record: WireStreamRecord;
}

export interface StreamIdentity {
  readonly tableName: string;
  readonly settings: StreamSettings;
  readonly keySchema: KeySchema;
  /** When the stream was enabled, epoch milliseconds. */
  readonly createdAt: number;
  /** The sequence number the first record will carry at the earliest. */
  readonly startingSequence: number;
}

/** `shardId-<20 digits of creation time>-<8 hex digits>`, the shape DynamoDB's shard ids have. */
function shardIdFor(arn: string, createdAt: number): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < arn.length; index += 1) hash = Math.imul(hash ^ arn.charCodeAt(index), 0x01000193);
  return `shardId-${String(createdAt).padStart(20, '0')}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

export class StreamLog {
  readonly arn: string;
  readonly label: string;
  readonly tableName: string;
  readonly viewType: StreamSettings['viewType'];
  readonly keySchema: KeySchema;
  readonly createdAt: number;
  readonly shardId: string;
  readonly startingSequence: number;
  private disabledAt: number | undefined;
  private readonly records: StoredRecord[] = [];
  private head = 0;
  /** The sequence number of the newest trimmed record (below the start when none was trimmed). */
  private trimmed: number;

  constructor(identity: StreamIdentity) {
    this.arn = identity.settings.arn;
    this.label = identity.settings.label;
    this.tableName = identity.tableName;
    this.viewType = identity.settings.viewType;
    this.keySchema = identity.keySchema;
    this.createdAt = identity.createdAt;
    this.startingSequence = identity.startingSequence;
    this.shardId = shardIdFor(this.arn, identity.createdAt);
    this.trimmed = identity.startingSequence - 1;
  }

  get enabled(): boolean {
    return this.disabledAt === undefined;
  }

  disable(now: number): void {
    this.disabledAt ??= now;
  }

  /** A disabled stream disappears once its last records could have aged out. */
  expired(now: number): boolean {
    return this.disabledAt !== undefined && now - this.disabledAt >= RETENTION_MS;
  }

  append(sequence: number, time: number, record: WireStreamRecord): void {
    this.records.push({ sequence, time, record });
    this.trim(time);
  }

  trim(now: number): void {
    const horizon = now - RETENTION_MS;
    while (this.head < this.records.length && (this.records[this.head] as StoredRecord).time <= horizon) {
      this.trimmed = (this.records[this.head] as StoredRecord).sequence;
      this.head += 1;
    }
    if (this.head > 1024 && this.head * 2 > this.records.length) {
      this.records.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Records after `trimmedThrough` are all still here. */
  get trimmedThrough(): number {
    return this.trimmed;
  }

  /** The newest record's sequence number, if any record was ever written. */
  get lastSequence(): number | undefined {
    const last = this.records.at(-1);
    return last?.sequence ?? (this.trimmed >= this.startingSequence ? this.trimmed : undefined);
  }

  /** Where a closed shard ends; undefined while the stream is enabled. */
  get endingSequence(): number | undefined {
    return this.enabled ? undefined : (this.lastSequence ?? this.startingSequence);
  }

  /** Up to `limit` records with sequence numbers above `after`, oldest first. */
  /** At most `limit` records after `after`, cut before the one that would pass `maxBytes` of SizeBytes (one at least). */
  recordsAfter(after: number, limit: number, maxBytes = Number.POSITIVE_INFINITY): WireStreamRecord[] {
    let low = this.head;
    let high = this.records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.records[middle] as StoredRecord).sequence <= after) low = middle + 1;
      else high = middle;
    }
    const end = Math.min(this.records.length, low + limit);
    const result: WireStreamRecord[] = [];
    let bytes = 0;
    for (let index = low; index < end; index += 1) {
      const { record } = this.records[index] as StoredRecord;
      bytes += record.dynamodb.SizeBytes;
      if (bytes > maxBytes && result.length > 0) break;
      result.push(record);
    }
    return result;
  }

  /** Whether records remain after `after` (for deciding if a closed shard is exhausted). */
  hasRecordsAfter(after: number): boolean {
    const last = this.records.at(-1);
    return last !== undefined && last.sequence > after;
  }
}
