/**
 * What createContainer accepts, and the checks that turn bad options into a clear error. Part of
 * the composition root: it names the storage kinds the adapters offer.
 */
import type { Clock } from '../ports/clock.js';
import {
  checkRecordReplayStorageOptions,
  type RecordStorageOptions,
  type ReplayStorageOptions,
} from './composition/record-replay-storage.js';
import type { TableNameOptions } from './provisioning/table-names.js';
import type { SimulatorOptions } from '../adapters/simulator/simulator-options.js';
import type { IdGenerator } from '../ports/id-generator.js';
import type { Telemetry } from '../ports/telemetry.js';
import { ContainerOptionsError } from './container-options-error.js';

export interface AwsStorageOptions {
  readonly storage: 'aws';
  readonly region?: string | undefined;
  readonly endpoint?: string | undefined;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string | undefined } | undefined;
  readonly wrapNumbers?: boolean | undefined;
}

/** The in-memory simulator, with the simulator's own options; its clock is the container's `clock`. */
export type SimulatorStorageOptions = { readonly storage: 'simulator' } & Omit<SimulatorOptions, 'clock'>;

/** A storage that a recording can target. */
export type RecordableStorageOptions = AwsStorageOptions | SimulatorStorageOptions;

export type StorageOptions = RecordableStorageOptions | RecordStorageOptions<RecordableStorageOptions> | ReplayStorageOptions;

/** Attempts (the first call included) and base delay of one retry category. */
export interface RetryRuleSettings {
  readonly maxAttempts?: number | undefined;
  readonly baseDelayMs?: number | undefined;
}

/** The retry layer's policy; anything left out keeps its default (see adapters/resilience/retry-policy.ts). */
export interface RetrySettings {
  readonly throttling?: RetryRuleSettings | undefined;
  readonly internalServerError?: RetryRuleSettings | undefined;
  readonly serviceUnavailable?: RetryRuleSettings | undefined;
  readonly transactionConflict?: RetryRuleSettings | undefined;
  readonly maxDelayMs?: number | undefined;
}

/** The circuit breaker's settings; anything left out keeps its default (5 failures, 30 s, 2 successes). */
export interface CircuitBreakerSettings {
  readonly failureThreshold?: number | undefined;
  readonly successThreshold?: number | undefined;
  readonly resetTimeoutMs?: number | undefined;
  readonly halfOpenMaxConcurrent?: number | undefined;
  readonly countsAsFailure?: ((error: unknown) => boolean) | undefined;
}

/** Retries and circuit breaker around the storage adapter; `false` leaves a layer out. */
export interface ResilienceSettings {
  readonly retry?: RetrySettings | false | undefined;
  readonly circuitBreaker?: CircuitBreakerSettings | false | undefined;
}

export interface CommonOptions {
  readonly clock?: Clock | undefined;
  readonly idGenerator?: IdGenerator | undefined;
  /** Spans, metrics and logs of every DynamoDB call; none by default. */
  readonly telemetry?: Telemetry | undefined;
  readonly resilience?: ResilienceSettings | undefined;
  /** How the stores' tables are named: a prefix, overrides by spec id, the environment to read (default process.env). */
  readonly tables?: TableNameOptions | undefined;
  /**
   * Create the stores' tables (and switch on their TTL, streams and recovery) before the first
   * call. Default: true for the simulator (also as a recording's target), which starts empty;
   * false on AWS, where tables are provisioned once (`npm run provision -- ensure`) rather than by
   * every process. Never recorded into a cassette, and a replay needs none.
   */
  readonly provisionTables?: boolean | undefined;
}

export type ContainerOptions = StorageOptions & CommonOptions;

export const STORAGE_KINDS = ['aws', 'simulator', 'record', 'replay'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(options: Record<string, unknown>, name: string, path: string): void {
  const value = options[name];
  if (value !== undefined && (typeof value !== 'string' || value.length === 0)) {
    throw new ContainerOptionsError(`${path}${name}`, `expected a non-empty string, got ${JSON.stringify(value)}`);
  }
}

function checkEndpoint(options: Record<string, unknown>, path: string): void {
  optionalString(options, 'endpoint', path);
  const endpoint = options['endpoint'];
  // `localhost:8000` parses as a URL with the scheme `localhost:`; only http and https reach DynamoDB.
  if (typeof endpoint === 'string' && !/^https?:$/.test(URL.parse(endpoint)?.protocol ?? '')) {
    throw new ContainerOptionsError(`${path}endpoint`, `expected a URL such as http://127.0.0.1:8000, got ${JSON.stringify(endpoint)}`);
  }
}

function checkCredentials(options: Record<string, unknown>, path: string): void {
  const credentials = options['credentials'];
  if (credentials === undefined) return;
  if (!isRecord(credentials)) throw new ContainerOptionsError(`${path}credentials`, 'expected { accessKeyId, secretAccessKey, sessionToken? }');
  for (const field of ['accessKeyId', 'secretAccessKey']) {
    // Never echo the value: it may be a secret.
    if (typeof credentials[field] !== 'string' || credentials[field] === '') {
      throw new ContainerOptionsError(`${path}credentials.${field}`, 'expected a non-empty string');
    }
  }
}

/** Checks options that arrive untyped (from JavaScript, JSON or the command line). */
export function checkStorageOptions(options: unknown, path = ''): asserts options is ContainerOptions {
  if (!isRecord(options)) throw new ContainerOptionsError(path === '' ? 'options' : path.slice(0, -1), 'expected an object');
  const storage = options['storage'];
  if (!(STORAGE_KINDS as readonly unknown[]).includes(storage)) {
    throw new ContainerOptionsError(`${path}storage`, `expected one of ${STORAGE_KINDS.map((kind) => `'${kind}'`).join(', ')}, got ${JSON.stringify(storage)}`);
  }
  optionalString(options, 'region', path);
  if (storage === 'aws') {
    checkEndpoint(options, path);
    checkCredentials(options, path);
  }
  if (storage === 'simulator') checkSimulatorOptions(options, path);
  if (storage === 'record' || storage === 'replay') checkRecordReplayStorageOptions(options, path, (target, targetPath) => { checkStorageOptions(target, targetPath); });
}

function checkSimulatorOptions(options: Record<string, unknown>, path: string): void {
  const seed = options['seed'];
  if (seed !== undefined && typeof seed !== 'number' && typeof seed !== 'string') throw new ContainerOptionsError(`${path}seed`, `expected a number or a string, got ${JSON.stringify(seed)}`);
  const sweep = options['ttlSweep'];
  if (sweep !== undefined && sweep !== 'manual') {
    if (!isRecord(sweep)) throw new ContainerOptionsError(`${path}ttlSweep`, "expected 'manual' or { intervalMs }");
    checkNumber(sweep, 'intervalMs', `${path}ttlSweep`, 1, false);
  }
  const accountId = options['accountId'];
  if (accountId !== undefined && (typeof accountId !== 'string' || !/^\d{12}$/.test(accountId))) throw new ContainerOptionsError(`${path}accountId`, 'expected 12 digits');
}

const RETRY_CATEGORIES = ['throttling', 'internalServerError', 'serviceUnavailable', 'transactionConflict'] as const;

function checkKnownKeys(value: Record<string, unknown>, known: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new ContainerOptionsError(`${path}.${key}`, `unknown setting; expected one of ${known.join(', ')}`);
  }
}

function checkNumber(value: Record<string, unknown>, name: string, path: string, minimum: number, whole: boolean): void {
  const number = value[name];
  if (number === undefined) return;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < minimum || (whole && !Number.isInteger(number))) {
    throw new ContainerOptionsError(`${path}.${name}`, `expected a ${whole ? 'whole ' : ''}number >= ${minimum}, got ${JSON.stringify(number)}`);
  }
}

function checkRetry(retry: unknown, path: string): void {
  if (retry === undefined || retry === false) return;
  if (!isRecord(retry)) throw new ContainerOptionsError(path, 'expected false or an object with throttling, internalServerError, serviceUnavailable, transactionConflict, maxDelayMs');
  checkKnownKeys(retry, [...RETRY_CATEGORIES, 'maxDelayMs'], path);
  checkNumber(retry, 'maxDelayMs', path, 0, false);
  for (const category of RETRY_CATEGORIES) {
    const rule = retry[category];
    if (rule === undefined) continue;
    if (!isRecord(rule)) throw new ContainerOptionsError(`${path}.${category}`, 'expected an object with maxAttempts and/or baseDelayMs');
    checkKnownKeys(rule, ['maxAttempts', 'baseDelayMs'], `${path}.${category}`);
    checkNumber(rule, 'maxAttempts', `${path}.${category}`, 1, true);
    checkNumber(rule, 'baseDelayMs', `${path}.${category}`, 0, false);
  }
}

function checkCircuitBreaker(breaker: unknown, path: string): void {
  if (breaker === undefined || breaker === false) return;
  if (!isRecord(breaker)) throw new ContainerOptionsError(path, 'expected false or an object with failureThreshold, successThreshold, resetTimeoutMs, halfOpenMaxConcurrent, countsAsFailure');
  checkKnownKeys(breaker, ['failureThreshold', 'successThreshold', 'resetTimeoutMs', 'halfOpenMaxConcurrent', 'countsAsFailure'], path);
  checkNumber(breaker, 'failureThreshold', path, 1, true);
  checkNumber(breaker, 'successThreshold', path, 1, true);
  checkNumber(breaker, 'halfOpenMaxConcurrent', path, 1, true);
  checkNumber(breaker, 'resetTimeoutMs', path, 0, true);
  if (breaker['countsAsFailure'] !== undefined && typeof breaker['countsAsFailure'] !== 'function') {
    throw new ContainerOptionsError(`${path}.countsAsFailure`, 'expected a function (error) => boolean');
  }
}

function checkTelemetry(telemetry: unknown): void {
  if (telemetry === undefined) return;
  const parts: readonly [string, readonly string[]][] = [['logger', ['log']], ['metrics', ['increment', 'observe']], ['tracer', ['startSpan']]];
  if (!isRecord(telemetry)) throw new ContainerOptionsError('telemetry', 'expected { logger, metrics, tracer } (see ports/telemetry.ts)');
  for (const [part, methods] of parts) {
    const value = telemetry[part];
    for (const method of methods) {
      if (!isRecord(value) || typeof value[method] !== 'function') throw new ContainerOptionsError(`telemetry.${part}.${method}`, 'expected a function');
    }
  }
}

function checkTableNaming(tables: unknown): void {
  if (tables === undefined) return;
  if (!isRecord(tables)) throw new ContainerOptionsError('tables', 'expected { prefix?, overrides?, environment? }');
  checkKnownKeys(tables, ['prefix', 'overrides', 'environment'], 'tables');
  if (tables['prefix'] !== undefined && typeof tables['prefix'] !== 'string') throw new ContainerOptionsError('tables.prefix', 'expected a string');
  for (const map of ['overrides', 'environment']) {
    const value = tables[map];
    if (value !== undefined && !(isRecord(value) && Object.values(value).every((entry) => entry === undefined || typeof entry === 'string'))) {
      throw new ContainerOptionsError(`tables.${map}`, 'expected an object of strings');
    }
  }
}

/** Checks the resilience and telemetry options, which every storage kind shares. */
export function checkCommonOptions(options: unknown): void {
  if (!isRecord(options)) throw new ContainerOptionsError('options', 'expected an object');
  checkTelemetry(options['telemetry']);
  const provision = options['provisionTables'];
  if (provision !== undefined && typeof provision !== 'boolean') throw new ContainerOptionsError('provisionTables', `expected true or false, got ${JSON.stringify(provision)}`);
  checkTableNaming(options['tables']);
  const resilience = options['resilience'];
  if (resilience === undefined) return;
  if (!isRecord(resilience)) throw new ContainerOptionsError('resilience', 'expected an object with retry and/or circuitBreaker');
  checkKnownKeys(resilience, ['retry', 'circuitBreaker'], 'resilience');
  checkRetry(resilience['retry'], 'resilience.retry');
  checkCircuitBreaker(resilience['circuitBreaker'], 'resilience.circuitBreaker');
}
