/** What a record/replay port offers beyond the port it stands in for. */
import type { RecordReplayMode } from './record-replay-options.js';
import type { InteractionSummary } from './session/record-replay-session.js';

export type { InteractionSummary } from './session/record-replay-session.js';

export interface RecordReplayControls {
  readonly mode: RecordReplayMode;
  /** Writes the cassette now (record modes; nothing to do otherwise). */
  save(): Promise<void>;
  /** Waits for requests in flight, saves, and refuses further requests. Does not close the target. */
  close(): Promise<void>;
  /** Recorded interactions this run has not replayed yet. */
  unreplayed(): readonly InteractionSummary[];
  /** Throws a RecordReplayError (`unreplayed-interactions`) when the run skipped recorded requests. */
  assertAllReplayed(): void;
  /** `RecordReplayPort(<mode>, <cassette>)`: never the target or the options. */
  toString(): string;
}
