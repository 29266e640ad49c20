/**
 * Binds the DynamoDB port to the record/replay adapter (part of the composition root):
 *
 *   createContainer({ storage: 'record', cassette, target })  records what the target storage
 *       answers; `target` is that storage's own options ({ storage: 'simulator' },
 *       { storage: 'aws', endpoint }), built by the container as usual;
 *   createContainer({ storage: 'replay', cassette })           answers from the cassette, with
 *       no database at all.
 *
 * The adapter sits directly on the storage, below retries, circuit breaker and telemetry, so a
 * recording holds every attempt, and a replay makes the decorations see the same answers.
 */
import { createRecordReplayPort, type RecordReplayPort } from '../../adapters/record-replay/create-record-replay-port.js';
import type { MatchingOrder } from '../../adapters/record-replay/matching/interaction-index.js';
import type { Normalizer } from '../../adapters/record-replay/normalize/normalizer.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { ContainerOptionsError } from '../container-options-error.js';

export interface CassetteStorageSettings {
  /** The cassette file. */
  readonly cassette: string;
  /** Default `ordered`; `unordered` for code that makes requests concurrently. */
  readonly matching?: MatchingOrder | undefined;
  /** Default DEFAULT_NORMALIZERS (adapters/record-replay/normalize/normalizer.ts). */
  readonly normalizers?: readonly Normalizer[] | undefined;
  /** Attribute paths whose values never reach the cassette, such as `['password', 'card.number']`. */
  readonly redact?: readonly string[] | undefined;
  /** The key of the redaction hashes; keep it out of the cassette. */
  readonly redactionKey?: string | Uint8Array | undefined;
}

export interface RecordStorageOptions<Target> extends CassetteStorageSettings {
  readonly storage: 'record';
  /** The options of the storage being recorded, such as `{ storage: 'simulator' }` or `{ storage: 'aws', endpoint }`. */
  readonly target: Target;
  /** `record` (the default) writes the cassette afresh; `record-missing` keeps it and adds what is new. */
  readonly mode?: 'record' | 'record-missing' | undefined;
}

export interface ReplayStorageOptions extends CassetteStorageSettings {
  readonly storage: 'replay';
  /** Numbers as NumberValue; default: as the cassette was recorded. */
  readonly wrapNumbers?: boolean | undefined;
}

/** A port the target may be closed through (the AWS adapter's sockets). */
export type ClosableDynamoDbPort = DynamoDbPort & { close?(): void | Promise<void> };

function settingsOf(options: CassetteStorageSettings): CassetteStorageSettings {
  return { cassette: options.cassette, matching: options.matching, normalizers: options.normalizers, redact: options.redact, redactionKey: options.redactionKey };
}

/**
 * The recording storage: `createTarget` builds the storage that `options.target` describes (the
 * container's own storage factory). Its close() saves the cassette, then closes the target.
 */
export function createRecordStorage<Target>(options: RecordStorageOptions<Target>, createTarget: (target: Target) => ClosableDynamoDbPort): RecordReplayPort {
  const target = createTarget(options.target);
  const wrapNumbers: unknown = (options.target as { wrapNumbers?: unknown } | undefined)?.wrapNumbers;
  const port = createRecordReplayPort({
    ...settingsOf(options),
    mode: options.mode ?? 'record',
    target,
    wrapNumbers: typeof wrapNumbers === 'boolean' ? wrapNumbers : undefined,
  });
  return Object.freeze({
    ...port,
    close: async (): Promise<void> => {
      try {
        await port.close();
      } finally {
        await target.close?.();
      }
    },
  });
}

/** The replaying storage: no target, no database. */
export function createReplayStorage(options: ReplayStorageOptions): RecordReplayPort {
  return createRecordReplayPort({ ...settingsOf(options), mode: 'replay', wrapNumbers: options.wrapNumbers });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf(options: Record<string, unknown>, name: string, path: string, allowed: readonly unknown[]): void {
  const value = options[name];
  if (value !== undefined && !allowed.includes(value)) {
    throw new ContainerOptionsError(`${path}${name}`, `expected one of ${allowed.map((choice) => JSON.stringify(choice)).join(', ')}, got ${JSON.stringify(value)}`);
  }
}

/**
 * Checks `record` and `replay` options that arrive untyped. `checkTarget` checks the target's
 * own options (the container's check, with the path `target.`); record and replay targets are
 * refused, a recording of a recording being no use.
 */
export function checkRecordReplayStorageOptions(options: Record<string, unknown>, path: string, checkTarget: (target: unknown, path: string) => void): void {
  const cassette = options['cassette'];
  if (typeof cassette !== 'string' || cassette === '') throw new ContainerOptionsError(`${path}cassette`, 'expected the path of the cassette file');
  oneOf(options, 'matching', path, ['ordered', 'unordered']);
  const redact = options['redact'];
  if (redact !== undefined && !(Array.isArray(redact) && redact.every((entry) => typeof entry === 'string' && entry !== ''))) {
    throw new ContainerOptionsError(`${path}redact`, "expected attribute paths such as ['password', 'card.number']");
  }
  if (options['normalizers'] !== undefined && !Array.isArray(options['normalizers'])) throw new ContainerOptionsError(`${path}normalizers`, 'expected an array of normalizers');
  if (options['storage'] === 'replay') {
    oneOf(options, 'wrapNumbers', path, [true, false]);
    return;
  }
  oneOf(options, 'mode', path, ['record', 'record-missing']);
  const target = options['target'];
  if (!isRecord(target)) throw new ContainerOptionsError(`${path}target`, "expected the options of the storage to record, such as { storage: 'simulator' }");
  if (target['storage'] === 'record' || target['storage'] === 'replay') throw new ContainerOptionsError(`${path}target.storage`, `cannot record a ${target['storage']} storage`);
  checkTarget(target, `${path}target.`);
}
