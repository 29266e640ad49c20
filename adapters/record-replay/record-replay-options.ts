/** What the record/replay adapter accepts, and the checks that turn bad options into a clear error. */
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { DynamoDbStreamsPort } from '../../ports/dynamo-db-streams-port.js';
import type { CassetteStore } from './cassette/cassette-store.js';
import type { MatchingOrder } from './matching/interaction-index.js';
import type { Normalizer } from './normalize/normalizer.js';
import { checkNormalizers } from './normalize/normalizer.js';
import { RecordReplayError } from './record-replay-error.js';

/**
 * - `record`: every request goes to the target; the cassette is written afresh.
 * - `replay`: every request is answered from the cassette; no target is needed or used.
 * - `passthrough`: every request goes to the target; no cassette is read or written.
 * - `record-missing`: requests the cassette holds are replayed, the others go to the target and
 *   are added. (Replayed writes never reach the target: new requests must not depend on them.)
 */
export type RecordReplayMode = 'record' | 'replay' | 'passthrough' | 'record-missing';

export const RECORD_REPLAY_MODES: readonly RecordReplayMode[] = ['record', 'replay', 'passthrough', 'record-missing'];

/**
 * When a recording reaches the cassette. `on-close` (the default): on save() and close(), and,
 * as a safety net, when the process exits with unsaved interactions (mocha's exit included).
 * `each-interaction`: also after every recorded interaction (the whole file each time: for small
 * cassettes and for runs that may be killed).
 */
export type SaveMode = 'on-close' | 'each-interaction';

export interface RecordReplaySettings {
  readonly mode: RecordReplayMode;
  /** A file path, or a store; required except in `passthrough`. */
  readonly cassette?: string | CassetteStore | undefined;
  /** Default `ordered`: the run must make the recorded requests in the recorded order. */
  readonly matching?: MatchingOrder | undefined;
  /** Default DEFAULT_NORMALIZERS (what the service makes up per run, ClientRequestTokens). */
  readonly normalizers?: readonly Normalizer[] | undefined;
  /** Attribute paths whose values never reach the cassette, such as `['password', 'card.number']`. */
  readonly redact?: readonly string[] | undefined;
  /** The key of the redaction hashes; keep it out of the cassette. Default: a fixed key. */
  readonly redactionKey?: string | Uint8Array | undefined;
  /**
   * Whether the target returns numbers as NumberValue (lib-dynamodb's `wrapNumbers`): set it as
   * the target's. Replay defaults to what the cassette says.
   */
  readonly wrapNumbers?: boolean | undefined;
  readonly save?: SaveMode | undefined;
}

export interface RecordReplayPortOptions extends RecordReplaySettings {
  /** The port to record (required in `record`, `record-missing` and `passthrough`). */
  readonly target?: DynamoDbPort | undefined;
  /** The streams port to record through `port.streams`, on the same cassette. */
  readonly streamsTarget?: DynamoDbStreamsPort | undefined;
}

export interface RecordReplayStreamsPortOptions extends RecordReplaySettings {
  readonly target?: DynamoDbStreamsPort | undefined;
}

function invalid(message: string): RecordReplayError {
  return new RecordReplayError({ kind: 'invalid-options', message });
}

/** Checks the settings shared by both ports; `hasTarget` says whether a target was given. */
export function checkSettings(settings: RecordReplaySettings, hasTarget: boolean): void {
  if (!RECORD_REPLAY_MODES.includes(settings.mode)) throw invalid(`mode must be one of ${RECORD_REPLAY_MODES.join(', ')}, got ${JSON.stringify(settings.mode)}`);
  if (settings.mode !== 'passthrough' && settings.cassette === undefined) throw invalid(`mode ${settings.mode} needs a cassette (a file path or a CassetteStore)`);
  if (typeof settings.cassette === 'string' && settings.cassette === '') throw invalid('cassette must be a non-empty file path');
  if (settings.mode !== 'replay' && !hasTarget) {
    throw new RecordReplayError({ kind: 'missing-target', message: `mode ${settings.mode} passes requests to a target port, and none was given` });
  }
  // Options may come from JavaScript or JSON: check what the types promise.
  const matching: unknown = settings.matching;
  if (matching !== undefined && matching !== 'ordered' && matching !== 'unordered') throw invalid(`matching must be 'ordered' or 'unordered', got ${JSON.stringify(matching)}`);
  const save: unknown = settings.save;
  if (save !== undefined && save !== 'on-close' && save !== 'each-interaction') throw invalid(`save must be 'on-close' or 'each-interaction', got ${JSON.stringify(save)}`);
  if (settings.redact !== undefined && !Array.isArray(settings.redact)) throw invalid('redact must be an array of attribute paths');
  if (settings.normalizers !== undefined) checkNormalizers(settings.normalizers);
}
