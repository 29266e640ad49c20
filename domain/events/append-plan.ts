/**
 * How to append with one conditional request and no read, given what is known about the stream.
 *
 * Event items are keyed by (entityId, sequenceNumber) and are never changed or deleted, and
 * appends never leave a gap. So once item n has been seen, items 1..n exist for good, and
 * `known` (the highest sequence number seen so far, 0 if none) is a safe lower bound of the
 * stream's version that never has to be revalidated.
 *
 * Writing item v+1 under `attribute_not_exists` proves the stream was not beyond v, but not that
 * it had reached v: an expected version ahead of the stream would leave a gap. Item v's existence
 * must be proven too. When v <= known it already is; otherwise the write becomes a transaction
 * with a ConditionCheck on item v (still one request, but about 0.6 of a PutItem's throughput on
 * DynamoDB Local, hence the preference for the plain put).
 */
import type { StreamVersion } from '../values/versions.js';
import { decideExpectedVersion, type ExpectedVersion, type VersionMismatch } from './expected-version.js';

/** What to do when the item to be written already exists (someone else appended first). */
export type OnTaken = 'conflict' | 'read-head';

export type AppendPlan =
  | {
      readonly kind: 'write';
      readonly firstSequenceNumber: number;
      /** Also prove that item firstSequenceNumber - 1 exists (a ConditionCheck in the transaction). */
      readonly checkPredecessor: boolean;
      readonly onTaken: OnTaken;
    }
  /** The head must be read first: nothing known says where to write. */
  | { readonly kind: 'read-head' }
  /** Decided without any request: what is known already contradicts the expectation. */
  | { readonly kind: 'conflict'; readonly mismatch: VersionMismatch };

function write(firstSequenceNumber: number, checkPredecessor: boolean, onTaken: OnTaken): AppendPlan {
  return { kind: 'write', firstSequenceNumber, checkPredecessor, onTaken };
}

export function planAppend(expected: ExpectedVersion, known: StreamVersion): AppendPlan {
  switch (expected.kind) {
    case 'exact':
      if (expected.version < known) return { kind: 'conflict', mismatch: 'stream-ahead' };
      return write(expected.version + 1, expected.version > known, 'conflict');
    case 'no-stream':
      return known > 0 ? { kind: 'conflict', mismatch: 'stream-ahead' } : write(1, false, 'conflict');
    case 'any':
      // A guess: right when this process wrote or read the head last; otherwise the put fails,
      // the head is read, and the append goes after it.
      return write(known + 1, false, 'read-head');
    case 'stream-exists':
      return known > 0 ? write(known + 1, false, 'read-head') : { kind: 'read-head' };
  }
}

/** The plan once the stream's current version has been read (strongly consistently). */
export function planAfterReadingHead(expected: ExpectedVersion, current: StreamVersion): AppendPlan {
  const decision = decideExpectedVersion(expected, current);
  if (decision.outcome === 'conflict') return { kind: 'conflict', mismatch: decision.mismatch };
  const racy = expected.kind === 'any' || expected.kind === 'stream-exists';
  return write(decision.firstSequenceNumber, false, racy ? 'read-head' : 'conflict');
}
