/**
 * The record/replay adapter: wraps any DynamoDB port (and a DynamoDB Streams port), records what
 * it answers into a cassette, and replays the cassette with no database at all.
 *
 * - Modes: `record`, `replay`, `passthrough`, `record-missing` (see RecordReplayMode).
 * - The cassette (cassette/cassette.ts) is versioned JSON, one entry per interaction in order:
 *   `index`, `operation`, `request`, then `response` or `error` (kind, reason, errorName,
 *   message, retryable, operation, item, cancellationReasons), in DynamoDB's JSON wire form,
 *   keys sorted. Recording unchanged behaviour again gives the same bytes.
 * - Matching: by operation and canonical request (keys sorted, sets in canonical order, numbers
 *   in one spelling); `ordered` (default) or `unordered`; identical requests replay their
 *   answers in recorded order. Normalizers (normalize/normalizer.ts) turn run-dependent values
 *   into numbered placeholders on both sides, and replay answers with this run's values.
 * - An unmatched request is a RecordReplayError (`unmatched-request`) with the closest recorded
 *   request and the difference, path by path.
 * - Redaction: `redact: ['password', 'card.number']` replaces those values by a keyed hash
 *   everywhere; matching still works, and nothing secret (credentials, tokens, signatures,
 *   redacted values, error causes, client-side options) is written.
 * - Saving: on save() and close(), and at process exit for anything unsaved; or after every
 *   interaction with `save: 'each-interaction'`.
 */
export { createRecordReplayPort, createRecordReplayStreamsPort, type RecordReplayPort, type RecordReplayStreamsPort } from './create-record-replay-port.js';
export type { InteractionSummary, RecordReplayControls } from './record-replay-controls.js';
export {
  RECORD_REPLAY_MODES,
  type RecordReplayMode,
  type RecordReplayPortOptions,
  type RecordReplaySettings,
  type RecordReplayStreamsPortOptions,
  type SaveMode,
} from './record-replay-options.js';
export { RecordReplayError, type ClosestInteraction, type RecordReplayErrorKind, type RequestDifference } from './record-replay-error.js';
export type { MatchingOrder } from './matching/interaction-index.js';
export {
  clientRequestTokens,
  dateTimes,
  DEFAULT_NORMALIZERS,
  epochTimestamps,
  isoTimestamps,
  normalizeFields,
  normalizePattern,
  shardIds,
  shardIterators,
  streamEventIds,
  streamLabels,
  tableIds,
  uniqueNames,
  uuids,
  type Normalizer,
  type NormalizerOptions,
} from './normalize/normalizer.js';
export { fileCassetteStore, memoryCassetteStore, type CassetteStore, type MemoryCassetteStore } from './cassette/cassette-store.js';
export { CASSETTE_FORMAT, CASSETTE_VERSION, type NumberStyle } from './cassette/cassette.js';
export { DEFAULT_REDACTION_KEY } from './redaction/redactor.js';
export { openCassettePort, type CassettePort, type CassettePortOptions, type RecordingTarget } from './open-cassette-port.js';
