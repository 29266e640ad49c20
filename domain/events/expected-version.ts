/**
 * What an append expects of the stream it writes to, and the decision whether a stream at a given
 * version meets it. `appendEvent`'s numeric `expectedVersion` maps onto these modes: undefined
 * is `any`, 0 is `no-stream`, n is `exact(n)`.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isPlainObject } from '../values/json-value.js';
import { streamVersion, type StreamVersion } from '../values/versions.js';

export type ExpectedVersion =
  | { readonly kind: 'any' }
  | { readonly kind: 'no-stream' }
  | { readonly kind: 'stream-exists' }
  | { readonly kind: 'exact'; readonly version: StreamVersion };

const ANY: ExpectedVersion = Object.freeze({ kind: 'any' });
const NO_STREAM: ExpectedVersion = Object.freeze({ kind: 'no-stream' });
const STREAM_EXISTS: ExpectedVersion = Object.freeze({ kind: 'stream-exists' });

export const ExpectedVersion = Object.freeze({
  any: ANY,
  noStream: NO_STREAM,
  streamExists: STREAM_EXISTS,
  /** Exactly this version; 0 is the same as noStream. */
  exact: (version: number): ExpectedVersion => (version === 0 ? NO_STREAM : Object.freeze({ kind: 'exact', version: streamVersion(version, 'expectedVersion') })),
});

/** What callers may pass: a number (the seed's interface), a mode, or nothing (any). */
export type ExpectedVersionInput = number | ExpectedVersion | undefined;

export function expectedVersionFrom(input: unknown): ExpectedVersion {
  if (input === undefined) return ExpectedVersion.any;
  if (typeof input === 'number') return ExpectedVersion.exact(input);
  if (isPlainObject(input)) {
    switch (input['kind']) {
      case 'any':
        return ExpectedVersion.any;
      case 'no-stream':
        return ExpectedVersion.noStream;
      case 'stream-exists':
        return ExpectedVersion.streamExists;
      case 'exact':
        return ExpectedVersion.exact(streamVersion(input['version'], 'expectedVersion.version'));
      default:
        break;
    }
  }
  throw new InvalidInputError('expectedVersion', 'must be a stream version (an integer of at least 0), one of the modes any, no-stream, stream-exists, exact, or undefined');
}

/** Where the stream stands relative to what was expected, when they disagree. */
export type VersionMismatch = 'stream-ahead' | 'stream-behind';

export type ExpectedVersionDecision =
  | { readonly outcome: 'append'; readonly firstSequenceNumber: number }
  | { readonly outcome: 'conflict'; readonly mismatch: VersionMismatch };

/** Whether appending to a stream whose current version is `current` meets `expected`. */
export function decideExpectedVersion(expected: ExpectedVersion, current: StreamVersion): ExpectedVersionDecision {
  const append: ExpectedVersionDecision = { outcome: 'append', firstSequenceNumber: current + 1 };
  switch (expected.kind) {
    case 'any':
      return append;
    case 'no-stream':
      return current === 0 ? append : { outcome: 'conflict', mismatch: 'stream-ahead' };
    case 'stream-exists':
      return current > 0 ? append : { outcome: 'conflict', mismatch: 'stream-behind' };
    case 'exact':
      if (current === expected.version) return append;
      return { outcome: 'conflict', mismatch: current > expected.version ? 'stream-ahead' : 'stream-behind' };
  }
}

export function describeExpectedVersion(expected: ExpectedVersion): string {
  return expected.kind === 'exact' ? `version ${expected.version}` : expected.kind;
}
