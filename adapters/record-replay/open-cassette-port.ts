/**
 * For test suites: a port on a cassette file that is recorded the first time and replayed
 * afterwards (mode `auto`), so a suite runs against a real storage once and offline from then
 * on. The target is opened only when something must be recorded.
 *
 *     const { port, close } = await openCassettePort({
 *       cassette: 'test/cassettes/event-store-appends.json',
 *       target: () => { const simulator = createSimulator(); return { port: simulator.port, streams: simulator.streams }; },
 *       matching: 'unordered',
 *       normalizers: [...DEFAULT_NORMALIZERS, uuids(), isoTimestamps()],
 *     });
 */
import { existsSync } from 'node:fs';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { DynamoDbStreamsPort } from '../../ports/dynamo-db-streams-port.js';
import { createRecordReplayPort, type RecordReplayPort } from './create-record-replay-port.js';
import type { RecordReplayMode, RecordReplaySettings } from './record-replay-options.js';

/** The storage being recorded, and how to release it. */
export interface RecordingTarget {
  readonly port: DynamoDbPort;
  readonly streams?: DynamoDbStreamsPort | undefined;
  close?(): void | Promise<void>;
}

export interface CassettePortOptions extends Omit<RecordReplaySettings, 'mode' | 'cassette'> {
  /** The cassette file. */
  readonly cassette: string;
  /** `auto` (the default): `replay` when the file exists, `record` when it does not. */
  readonly mode?: 'auto' | RecordReplayMode | undefined;
  /** Opens the storage to record; not called in `replay`. */
  readonly target: () => RecordingTarget | Promise<RecordingTarget>;
  /** On close after a replay, fail when recorded interactions were never requested; default true. */
  readonly requireAllReplayed?: boolean | undefined;
}

export interface CassettePort {
  readonly port: RecordReplayPort;
  /** The mode `auto` chose (or the one given). */
  readonly mode: RecordReplayMode;
  /** Saves the cassette, releases the target, and checks that the replay used every interaction. */
  close(): Promise<void>;
}

export async function openCassettePort(options: CassettePortOptions): Promise<CassettePort> {
  const { cassette, target: openTarget, requireAllReplayed = true, mode: requested = 'auto', ...settings } = options;
  const mode: RecordReplayMode = requested === 'auto' ? (existsSync(cassette) ? 'replay' : 'record') : requested;
  const target = mode === 'replay' ? undefined : await openTarget();
  const port = createRecordReplayPort({ ...settings, mode, cassette, target: target?.port, streamsTarget: target?.streams });
  return {
    port,
    mode,
    async close(): Promise<void> {
      try {
        await port.close();
      } finally {
        await target?.close?.();
      }
      if (mode === 'replay' && requireAllReplayed) port.assertAllReplayed();
    },
  };
}
