/**
 * Normalizers name the values that change from run to run (generated ids, timestamps,
 * ClientRequestTokens, unique table names, what the service generates), so that a recording
 * stays the same file and a replay still matches. Each distinct value becomes a numbered
 * placeholder, `{{name:1}}`, `{{name:2}}`, numbered by first appearance, in requests and
 * responses alike. Replay binds each placeholder to the value the run uses there, and answers
 * with the run's own values: an id the code generated comes back in the item it reads.
 * A placeholder first seen in a recorded response (a table's creation time, a shard iterator)
 * is answered with `fresh(n)`, and later requests that carry that value match it.
 */
import { RecordReplayError } from '../record-replay-error.js';
import { DYNAMODB_TIMESTAMP_FIELDS } from '../../../ports/dynamo-db-timestamp-fields.js';

export interface Normalizer {
  /** Names the placeholders: letters, digits, `_`, `-` and `.`, starting with a letter. */
  readonly name: string;
  /** The whole value of these fields (outside items) is run-dependent, such as `ClientRequestToken`. */
  readonly fields?: readonly string[] | undefined;
  /**
   * Run-dependent parts of any string: attribute values (numbers as their decimal text),
   * attribute names, map keys, table names and other request fields. Use lookarounds to keep
   * fixed context out of the match: `/(?<=orders-)[a-z0-9]+/`.
   */
  readonly pattern?: RegExp | undefined;
  /** Text that every match of `pattern` contains or touches: strings without it are not searched (speed). */
  readonly hint?: string | undefined;
  /** The stand-in for a placeholder replay meets first in a response; default `{{name:n}}`. */
  readonly fresh?: ((n: number) => string) | undefined;
}

const NAME = /^[A-Za-z][\w.-]*$/;

export function checkNormalizers(normalizers: readonly Normalizer[]): void {
  const names = new Set<string>();
  for (const normalizer of normalizers) {
    const name: unknown = normalizer.name;
    if (typeof name !== 'string' || !NAME.test(name)) {
      throw new RecordReplayError({ kind: 'invalid-options', message: `normalizers: a name must match ${String(NAME)}, got ${JSON.stringify(name)}` });
    }
    if (names.has(name)) throw new RecordReplayError({ kind: 'invalid-options', message: `normalizers: the name ${JSON.stringify(name)} is used twice` });
    names.add(name);
    if (normalizer.fields === undefined && normalizer.pattern === undefined) {
      throw new RecordReplayError({ kind: 'invalid-options', message: `normalizers: ${name} needs \`fields\` or \`pattern\`` });
    }
    if (normalizer.pattern !== undefined && normalizer.pattern.test('')) {
      throw new RecordReplayError({ kind: 'invalid-options', message: `normalizers: the pattern of ${name} matches the empty string` });
    }
  }
}

export interface NormalizerOptions {
  readonly fresh?: ((n: number) => string) | undefined;
  readonly hint?: string | undefined;
}

/** The whole value of the given fields. */
export function normalizeFields(name: string, fields: readonly string[], options: NormalizerOptions = {}): Normalizer {
  return Object.freeze({ name, fields: Object.freeze([...fields]), fresh: options.fresh });
}

/** Every match of `pattern` in any string. */
export function normalizePattern(name: string, pattern: RegExp, options: NormalizerOptions = {}): Normalizer {
  return Object.freeze({ name, pattern, fresh: options.fresh, hint: options.hint });
}

/** A distinct, ordered instant per placeholder, from 2000-01-01T00:00:00Z on. */
function freshInstant(n: number): Date {
  return new Date(Date.UTC(2000, 0, 1) + n * 1000);
}

/** TransactWriteItems' idempotency tokens. */
export function clientRequestTokens(): Normalizer {
  return normalizeFields('clientRequestToken', ['ClientRequestToken']);
}

/** The DateTime fields of table, backup and stream descriptions and of stream records. */
export function dateTimes(): Normalizer {
  return normalizeFields(
    'dateTime',
    [...DYNAMODB_TIMESTAMP_FIELDS],
    { fresh: (n) => freshInstant(n).toISOString() },
  );
}

/** Stream labels (a creation time), alone and inside stream ARNs. */
export function streamLabels(): Normalizer {
  return {
    ...normalizeFields('streamLabel', ['StreamLabel', 'LatestStreamLabel'], { fresh: (n) => freshInstant(n).toISOString().slice(0, -1) }),
    pattern: /(?<=\/stream\/)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}/,
    hint: '/stream/',
  };
}

/** Shard ids (time-based) of stream descriptions and the requests that name them. */
export function shardIds(): Normalizer {
  return normalizeFields('shardId', ['ShardId', 'ParentShardId', 'LastEvaluatedShardId', 'ExclusiveStartShardId'], { fresh: (n) => `shardId-replay-${String(n).padStart(8, '0')}` });
}

/** Opaque shard iterators handed out by GetShardIterator and GetRecords. */
export function shardIterators(): Normalizer {
  return normalizeFields('shardIterator', ['ShardIterator', 'NextShardIterator']);
}

/** Random table ids of table descriptions. */
export function tableIds(): Normalizer {
  return normalizeFields('tableId', ['TableId'], { fresh: (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}` });
}

/** Random event ids of stream records. */
export function streamEventIds(): Normalizer {
  return normalizeFields('eventId', ['eventID'], { fresh: (n) => n.toString(16).padStart(32, '0') });
}

/** What DynamoDB (or the simulator) makes up per run, and ClientRequestTokens. */
export const DEFAULT_NORMALIZERS: readonly Normalizer[] = Object.freeze([
  clientRequestTokens(),
  dateTimes(),
  streamLabels(),
  shardIds(),
  shardIterators(),
  tableIds(),
  streamEventIds(),
]);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** UUIDs anywhere (generated ids); replay's stand-ins are UUIDs too. */
export function uuids(name = 'uuid'): Normalizer {
  return normalizePattern(name, UUID, { fresh: (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`, hint: '-' });
}

/** ISO-8601 timestamps anywhere, such as `2024-05-01T10:00:00.000Z`. */
export function isoTimestamps(name = 'timestamp'): Normalizer {
  return normalizePattern(name, /\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)/, { fresh: (n) => freshInstant(n).toISOString(), hint: 'T' });
}

/**
 * Epoch timestamps anywhere: 13-digit milliseconds (`ms`) or 10-digit seconds (`s`) between
 * 2001 and 2286, as numbers or in strings.
 */
export function epochTimestamps(unit: 'ms' | 's' = 'ms', name = `epoch-${unit}`): Normalizer {
  const pattern = unit === 'ms' ? /(?<![\d.])[1-9]\d{12}(?![\d.])/ : /(?<![\d.])[1-9]\d{9}(?![\d.])/;
  const scale = unit === 'ms' ? 1 : 1000;
  return normalizePattern(name, pattern, { fresh: (n) => String(Math.floor(freshInstant(n).getTime() / scale)) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The run-dependent part of names made by a prefix, a run id of letters and digits and an
 * optional counter, such as `orders-k3x9a1-7` (test/support's uniqueTableName) or
 * `contract-k3x9a1-2-composite`: the run id and counter are normalised, in table names, ARNs
 * and map keys alike.
 */
export function uniqueNames(prefix: string, name = `${prefix}-run`): Normalizer {
  return normalizePattern(name, new RegExp(`(?<=\\b${escapeRegExp(prefix)}-)[0-9a-z]+(?:-\\d+)?(?![0-9a-z])`), { hint: `${prefix}-` });
}
