/**
 * Puts an outcome in the form in which two correct answers compare equal, changing only what
 * DynamoDB leaves free: the order of set members, of a batch's per-table entries and of tables
 * in capacity lists, of a table's indexes; ARNs' region and account, dates, table ids and stream labels, which depend
 * on the service instance and the clock. Binaries become base64 so that they compare and print.
 * Lists under `$unordered` (made by readToEnd) compare as multisets. Normalising twice changes
 * nothing, so outcomes can be normalised again after a deviation rewrote them.
 */
import type { Outcome } from './outcome.js';

const TIME = '<time>';
const ID = '<id>';

/** Members whose value is an instance's identity or a moment, never part of the behaviour. */
const IDENTITY_MEMBERS: ReadonlySet<string> = new Set(['TableId', 'LatestStreamLabel']);

/** JSON with object keys sorted, so that equal values (whatever their key order) sort alike. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value === undefined) return 'undefined';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).filter(([, inner]) => inner !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`).join(',')}}`;
}

const byJson = (left: unknown, right: unknown): number => {
  const a = stableJson(left);
  const b = stableJson(right);
  return a < b ? -1 : a > b ? 1 : 0;
};

function normaliseString(value: string): string {
  // arn:aws:dynamodb:<region>:<account>:table/<name>[/stream/<label>]
  return value.replace(/^arn:aws:dynamodb:[^:]*:[^:]*:/u, 'arn:aws:dynamodb:<region>:<account>:').replace(/\/stream\/[^/]+$/u, '/stream/<label>');
}

const byIndexName = (left: unknown, right: unknown): number => String((left as { IndexName?: unknown }).IndexName).localeCompare(String((right as { IndexName?: unknown }).IndexName));

/** Sorted copies of the lists whose order DynamoDB does not define. */
function unordered(key: string, value: unknown[]): unknown[] | undefined {
  if (key === 'GlobalSecondaryIndexes' || key === 'LocalSecondaryIndexes') return [...value].sort(byIndexName);
  if (key === 'SS' || key === 'NS' || key === 'BS' || key === 'ConsumedCapacity' || key === '$unordered') return [...value].sort(byJson);
  return undefined;
}

export function normaliseValue(value: unknown, key = ''): unknown {
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (value instanceof Date) return TIME;
  if (typeof value === 'string') return normaliseString(value);
  if (Array.isArray(value)) {
    const normalised = value.map((element) => normaliseValue(element));
    return unordered(key, normalised) ?? normalised;
  }
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [member, inner] of Object.entries(value)) {
    if (inner === undefined) continue;
    result[member] = IDENTITY_MEMBERS.has(member) ? ID : normaliseValue(inner, member);
  }
  // BatchGetItem answers each table's items in no particular order.
  if (key === 'Responses' && !Array.isArray(value)) {
    for (const [table, items] of Object.entries(result)) if (Array.isArray(items)) result[table] = [...(items as unknown[])].sort(byJson);
  }
  return result;
}

export function normaliseOutcome(outcome: Outcome): Outcome {
  if (outcome.ok) return { ok: true, response: normaliseValue(outcome.response) as Record<string, unknown> };
  return { ok: false, name: outcome.name, message: outcome.message, extras: normaliseValue(outcome.extras) as Record<string, unknown> };
}
