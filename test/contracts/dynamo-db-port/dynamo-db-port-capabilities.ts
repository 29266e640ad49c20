/**
 * What an adapter declares about itself, and how hard the suite tries. A feature declared
 * unsupported turns its properties into visible pending tests that name the flag; nothing is
 * skipped silently.
 */
export interface DynamoDbPortCapabilities {
  /** TransactWriteItems and TransactGetItems. */
  readonly transactions: boolean;
  /** ClientRequestToken idempotency of TransactWriteItems (needs `transactions`). */
  readonly clientRequestTokens: boolean;
  /** BatchWriteItem and BatchGetItem. */
  readonly batches: boolean;
  /** Scan's Segment and TotalSegments. */
  readonly parallelScan: boolean;
  /**
   * A global secondary index shows a write as soon as the write returns. True of DynamoDB Local
   * and of an in-memory simulator; not of DynamoDB itself, whose index reads are eventually
   * consistent: declare false there.
   */
  readonly immediateIndexReads: boolean;
  /** Runs of each property. The CONTRACT_NUM_RUNS environment variable overrides it. */
  readonly numRuns: number;
  /** The most commands in one run. */
  readonly maxCommands: number;
  /** How often UnprocessedItems / UnprocessedKeys are re-sent before the suite gives up. */
  readonly maxBatchResends: number;
  /** Mocha's timeout for each property, in milliseconds. */
  readonly timeoutMs: number;
  /** How long to wait for a created table to become ACTIVE, in milliseconds. */
  readonly tableActiveTimeoutMs: number;
  /**
   * A fresh identifier of up to 20 characters of [A-Za-z0-9-], called once per property. It
   * names the property's tables (`contract-<id>-composite`, `contract-<id>-simple`) and
   * prefixes its ClientRequestTokens. The default is random, so runs against a shared endpoint
   * never meet; a recorder that must see the same requests every time passes a deterministic one.
   */
  readonly uniqueId: () => string;
  /** fast-check's seed, for runs that must repeat exactly. CONTRACT_SEED overrides it. */
  readonly seed: number | undefined;
}

function randomId(): string {
  return `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

export const DEFAULT_CAPABILITIES: DynamoDbPortCapabilities = Object.freeze({
  transactions: true,
  clientRequestTokens: true,
  batches: true,
  parallelScan: true,
  immediateIndexReads: true,
  numRuns: 25,
  maxCommands: 20,
  maxBatchResends: 10,
  timeoutMs: 600_000,
  tableActiveTimeoutMs: 300_000,
  uniqueId: randomId,
  seed: undefined,
});

export type CapabilityFlag = 'transactions' | 'clientRequestTokens' | 'batches' | 'parallelScan' | 'immediateIndexReads';

/** The declared capabilities over the defaults, then the environment's overrides. */
export interface ResolvedSettings extends DynamoDbPortCapabilities {
  /** fast-check's counterexample path to replay (CONTRACT_PATH). */
  readonly path: string | undefined;
  /** fast-check's replay path of the commands (CONTRACT_REPLAY_PATH). */
  readonly replayPath: string | undefined;
}

type Environment = Readonly<Record<string, string | undefined>>;

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

export function resolveSettings(declared: Partial<DynamoDbPortCapabilities>, environment: Environment = process.env): ResolvedSettings {
  const defined = Object.fromEntries(Object.entries(declared).filter(([, value]) => value !== undefined)) as Partial<DynamoDbPortCapabilities>;
  const merged: DynamoDbPortCapabilities = { ...DEFAULT_CAPABILITIES, ...defined };
  return {
    ...merged,
    numRuns: integerFrom(environment, 'CONTRACT_NUM_RUNS') ?? merged.numRuns,
    seed: integerFrom(environment, 'CONTRACT_SEED') ?? merged.seed,
    path: textFrom(environment, 'CONTRACT_PATH'),
    replayPath: textFrom(environment, 'CONTRACT_REPLAY_PATH'),
  };
}
