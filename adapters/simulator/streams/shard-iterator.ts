/**
 * Shard iterators: opaque strings to the caller, carrying the stream, the shard, the position
 * (read records after this sequence number) and when the iterator was issued (they expire after
 * 15 minutes). Shaped like DynamoDB's: the stream ARN, a version, then an encoded payload.
 */
export const ITERATOR_LIFETIME_MS = 15 * 60 * 1000;
const VERSION = '1';

export interface ShardPosition {
  readonly streamArn: string;
  readonly shardId: string;
  /** Records with a sequence number above this one are still to be read. */
  readonly after: number;
  readonly issuedAt: number;
}

export function encodeShardIterator(position: ShardPosition): string {
  const payload = `${position.shardId}|${position.after}|${position.issuedAt}`;
  return `${position.streamArn}|${VERSION}|${Buffer.from(payload, 'utf8').toString('base64')}`;
}

const DECIMAL = /^\d{1,16}$/;

/** The position an iterator stands for, or undefined when the string is not one of ours. */
export function decodeShardIterator(iterator: string): ShardPosition | undefined {
  const parts = iterator.split('|');
  if (parts.length !== 3 || parts[1] !== VERSION) return undefined;
  const [streamArn, , encoded] = parts as [string, string, string];
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined;
  const fields = Buffer.from(encoded, 'base64').toString('utf8').split('|');
  if (fields.length !== 3) return undefined;
  const [shardId, after, issuedAt] = fields as [string, string, string];
  if (!DECIMAL.test(after) || !DECIMAL.test(issuedAt)) return undefined;
  return { streamArn, shardId, after: Number(after), issuedAt: Number(issuedAt) };
}
