/**
 * What every store contract suite lets an adapter declare and tune, and how the environment
 * overrides it (CONTRACT_SEED, CONTRACT_NUM_RUNS, CONTRACT_PATH, CONTRACT_REPLAY_PATH), as in the
 * DynamoDB port contract.
 */
export interface StoreContractSettings {
  /** Runs of each model-based property. CONTRACT_NUM_RUNS overrides it (and `raceRuns`). */
  readonly numRuns: number;
  /** Runs of each race property (fc.scheduler), which cost more requests per run. */
  readonly raceRuns: number;
  /** The most commands in one model-based run. */
  readonly maxCommands: number;
  /** The most concurrent writers in a race run (2 to 8). */
  readonly maxWriters: number;
  /**
   * The factory builds its store over `context.wrapPort(port)`, so that the suite can schedule
   * the store's DynamoDB requests (race properties) and make writes land and then time out
   * (ambiguous failures). False turns those properties into pending tests that say so.
   */
  readonly portControl: boolean;
  /**
   * How often the store resends a write after an ambiguous failure (the library's stores: 3).
   * The suite lets up to this many resends time out after committing and expects the normal
   * outcome; the event store is also retried by the caller after one more. 0: none of that.
   */
  readonly ambiguousRetries: number;
  /** Mocha's timeout for each property, in milliseconds. */
  readonly timeoutMs: number;
  /**
   * A fresh identifier of letters, digits and `-`, called once per property; every run's ids
   * (streams, users, messages) start with it and a run counter, so runs never meet, also on a
   * shared endpoint. Random by default; a recorder that must repeat its requests passes a
   * deterministic one.
   */
  readonly uniqueId: () => string;
  /** fast-check's seed, for runs that must repeat exactly. CONTRACT_SEED overrides it. */
  readonly seed: number | undefined;
}

export function randomContractId(): string {
  return `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

export const DEFAULT_STORE_CONTRACT_SETTINGS: StoreContractSettings = Object.freeze({
  numRuns: 30,
  raceRuns: 15,
  maxCommands: 25,
  maxWriters: 6,
  portControl: true,
  ambiguousRetries: 3,
  timeoutMs: 600_000,
  uniqueId: randomContractId,
  seed: undefined,
});

/** The settings as a property uses them: declared over defaults, then the environment. */
export interface ResolvedStoreSettings {
  readonly numRuns: number;
  readonly raceRuns: number;
  readonly seed: number | undefined;
  /** fast-check's counterexample path to replay (CONTRACT_PATH). */
  readonly path: string | undefined;
  /** fast-check's replay path of the commands (CONTRACT_REPLAY_PATH). */
  readonly replayPath: string | undefined;
}

export type Environment = Readonly<Record<string, string | undefined>>;

function integerFrom(environment: Environment, name: string): number | undefined {
  const text = environment[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got ${JSON.stringify(text)}`);
  return value;
}

function textFrom(environment: Environment, name: string): string | undefined {
  const text = environment[name];
  return text === undefined || text === '' ? undefined : text;
}

/** Declared values over the defaults; undefined values count as not declared. */
export function mergeSettings<T extends object>(defaults: T, declared: Partial<T>): T {
  const defined = Object.fromEntries(Object.entries(declared).filter(([, value]) => value !== undefined)) as Partial<T>;
  const merged = { ...defaults, ...defined };
  const writers = (merged as Partial<StoreContractSettings>).maxWriters;
  if (writers !== undefined && !(Number.isInteger(writers) && writers >= 2 && writers <= 8)) throw new RangeError(`maxWriters must be a whole number from 2 to 8, got ${String(writers)}`);
  return merged;
}

export function resolveRuns(settings: StoreContractSettings, environment: Environment = process.env): ResolvedStoreSettings {
  const numRuns = integerFrom(environment, 'CONTRACT_NUM_RUNS');
  return {
    numRuns: numRuns ?? settings.numRuns,
    raceRuns: numRuns ?? settings.raceRuns,
    seed: integerFrom(environment, 'CONTRACT_SEED') ?? settings.seed,
    path: textFrom(environment, 'CONTRACT_PATH'),
    replayPath: textFrom(environment, 'CONTRACT_REPLAY_PATH'),
  };
}
