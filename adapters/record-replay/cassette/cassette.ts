/**
 * The cassette: a versioned JSON file with one entry per interaction, in order: the operation,
 * the request, and the response or the typed error, in DynamoDB's JSON wire form (attribute
 * values typed as `{ "S": ... }`, `{ "N": ... }`), normalised and redacted. Keys are sorted and
 * small values stay on one line, so the same recording is the same text and a changed request is
 * a one-line diff.
 */
import { RecordReplayError } from '../record-replay-error.js';
import type { JsonObject, JsonValue } from '../json-value.js';
import { isJsonObject } from '../json-value.js';
import { prettyJson } from './stable-json.js';

const ERROR_KINDS: ReadonlySet<string> = new Set(['configuration', 'authentication', 'validation', 'conditional-check', 'throughput', 'item', 'transaction', 'service']);

export const CASSETTE_FORMAT = 'dynamo-hexagon record/replay cassette';
export const CASSETTE_VERSION = 1;

/** How the recorded port returned numbers: as JavaScript numbers, or as NumberValue (wrapNumbers). */
export type NumberStyle = 'native' | 'wrapped';

export interface Interaction {
  readonly index: number;
  readonly operation: string;
  readonly request: JsonObject;
  /** Exactly one of `response` and `error`. */
  readonly response?: JsonObject | undefined;
  /** The DynamoDbError's data: kind, reason, errorName, message, retryable, operation, item, cancellationReasons. */
  readonly error?: JsonObject | undefined;
}

export interface Cassette {
  readonly numbers: NumberStyle;
  readonly interactions: readonly Interaction[];
}

function invalid(source: string, problem: string): RecordReplayError {
  return new RecordReplayError({ kind: 'invalid-cassette', message: `${source} is not a cassette this version can read: ${problem}` });
}

function parseInteraction(value: JsonValue, position: number, source: string): Interaction {
  const where = `interactions[${position}]`;
  if (!isJsonObject(value)) throw invalid(source, `${where} is not an object`);
  const { index, operation, request, response, error } = value;
  if (index !== position) throw invalid(source, `${where}.index is ${JSON.stringify(index)}, expected ${position}`);
  if (typeof operation !== 'string' || operation === '') throw invalid(source, `${where}.operation is not an operation name`);
  if (!isJsonObject(request)) throw invalid(source, `${where}.request is not an object`);
  if ((response === undefined) === (error === undefined)) throw invalid(source, `${where} needs exactly one of response and error`);
  if (response !== undefined && !isJsonObject(response)) throw invalid(source, `${where}.response is not an object`);
  if (error !== undefined) {
    if (!isJsonObject(error)) throw invalid(source, `${where}.error is not an object`);
    for (const field of ['kind', 'reason', 'errorName', 'message'] as const) {
      if (typeof error[field] !== 'string') throw invalid(source, `${where}.error.${field} is not a string`);
    }
    const kind = error['kind'];
    if (typeof kind !== 'string' || !ERROR_KINDS.has(kind)) throw invalid(source, `${where}.error.kind ${JSON.stringify(error['kind'])} is not a DynamoDbError kind`);
    if (typeof error['retryable'] !== 'boolean') throw invalid(source, `${where}.error.retryable is not a boolean`);
  }
  return { index, operation, request, response, error };
}

/** Reads a cassette's text; `source` names it in errors. */
export function parseCassette(text: string, source: string): Cassette {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid(source, error instanceof Error ? error.message : 'not JSON');
  }
  if (!isJsonObject(parsed)) throw invalid(source, 'not a JSON object');
  if (parsed['format'] !== CASSETTE_FORMAT) throw invalid(source, `format is ${JSON.stringify(parsed['format'])}, expected ${JSON.stringify(CASSETTE_FORMAT)}`);
  const version = parsed['version'];
  if (typeof version !== 'number' || version > CASSETTE_VERSION || version < 1) {
    throw invalid(source, `version ${JSON.stringify(version)}; this version reads version ${CASSETTE_VERSION}`);
  }
  const numbers = parsed['numbers'];
  if (numbers !== 'native' && numbers !== 'wrapped') throw invalid(source, `numbers is ${JSON.stringify(numbers)}, expected "native" or "wrapped"`);
  const interactions = parsed['interactions'];
  if (!Array.isArray(interactions)) throw invalid(source, 'interactions is not an array');
  return { numbers, interactions: interactions.map((interaction: JsonValue, position) => parseInteraction(interaction, position, source)) };
}

const INDENT = '      ';

function formatInteraction(interaction: Interaction): string {
  const lines = [
    `      "index": ${interaction.index}`,
    `      "operation": ${JSON.stringify(interaction.operation)}`,
    `      "request": ${prettyJson(interaction.request, INDENT)}`,
  ];
  if (interaction.error !== undefined) lines.push(`      "error": ${prettyJson(interaction.error, INDENT)}`);
  else lines.push(`      "response": ${prettyJson(interaction.response ?? {}, INDENT)}`);
  return `    {\n${lines.join(',\n')}\n    }`;
}

/** The cassette's text: the header, then one entry per interaction, keys in a fixed order. */
export function formatCassette(cassette: Cassette): string {
  const interactions = cassette.interactions.length === 0 ? '[]' : `[\n${cassette.interactions.map(formatInteraction).join(',\n')}\n  ]`;
  return `{\n  "format": ${JSON.stringify(CASSETTE_FORMAT)},\n  "version": ${CASSETTE_VERSION},\n  "numbers": ${JSON.stringify(cassette.numbers)},\n  "interactions": ${interactions}\n}\n`;
}
