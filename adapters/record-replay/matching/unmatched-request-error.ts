/**
 * The error for a request that replay cannot answer: it names the closest recorded request and
 * shows, path by path, how the two differ, or, when they are the same request, why it still
 * did not match (a run-dependent value that contradicts an earlier one, a request repeated more
 * often than recorded, or made in another order).
 */
import type { JsonObject, JsonValue } from '../json-value.js';
import type { Bindings } from '../normalize/bindings.js';
import { placeholder } from '../normalize/placeholder.js';
import type { KnownValues, Occurrence, Tokenizer } from '../normalize/tokenizer.js';
import { RecordReplayError, type RequestDifference } from '../record-replay-error.js';
import { bindingsOf, type InteractionIndex, type RecordedEntry } from './interaction-index.js';
import { pathOf, requestDifferences, showValue } from './request-diff.js';

const SHOWN_DIFFERENCES = 12;
const OTHER_OPERATION_PENALTY = 1_000_000;

export interface UnmatchedRequest {
  readonly operation: string;
  /** The request as the cassette would hold it, before placeholders. */
  readonly request: JsonObject;
  readonly occurrences: readonly Occurrence[];
  /** The values this run already knows to be run-dependent. */
  readonly known: KnownValues;
  readonly source: string;
}

interface Candidate {
  readonly entry: RecordedEntry;
  readonly differences: readonly RequestDifference[];
  readonly score: number;
}

function unnumbered(tokenizer: Tokenizer, tree: JsonValue, known?: KnownValues): JsonValue {
  return tokenizer.render(tree, (occurrence) => `{{${occurrence.name}}}`, known);
}

function closest(pool: readonly RecordedEntry[], request: UnmatchedRequest, shown: JsonValue, tokenizer: Tokenizer): Candidate | undefined {
  let best: Candidate | undefined;
  for (const entry of pool) {
    const differences = requestDifferences(unnumbered(tokenizer, entry.interaction.request), shown);
    const score = differences.length + (entry.interaction.operation === request.operation ? 0 : OTHER_OPERATION_PENALTY);
    if (best === undefined || score < best.score) best = { entry, differences, score };
  }
  return best;
}

function sameRequestExplanation(candidate: RecordedEntry, request: UnmatchedRequest, bindings: Bindings, index: InteractionIndex): { text: string; differences: RequestDifference[] } {
  const conflict = bindings.conflict(bindingsOf(candidate, request.occurrences));
  if (conflict !== undefined) {
    const name = placeholder(conflict.name, conflict.n);
    const bound = bindings.valueOf(conflict.name, conflict.n);
    const other = bindings.numberOf(conflict.name, conflict.value);
    const recorded = bound === undefined ? name : `${name} = ${showValue(bound)}`;
    const requested = other === undefined ? showValue(conflict.value) : `${showValue(conflict.value)} = ${placeholder(conflict.name, other)}`;
    return {
      text: 'It is the same request up to run-dependent values, but they do not fit what this run bound earlier:',
      differences: [{ path: pathOf(candidate.interaction.request, name) ?? '(request)', recorded, requested }],
    };
  }
  if (candidate.used) return { text: 'It is the same request, but every recording of it was already replayed: the run makes it more often than the recording did.', differences: [] };
  if (index.order === 'ordered') return { text: "It is the same request, but it comes later in the recording: the run makes its requests in another order (matching: 'unordered' allows that).", differences: [] };
  return { text: 'It is the same request.', differences: [] };
}

export function unmatchedRequestError(request: UnmatchedRequest, index: InteractionIndex, tokenizer: Tokenizer, bindings: Bindings): RecordReplayError {
  const shown = unnumbered(tokenizer, request.request, request.known);
  const unused = index.unused();
  const candidate = closest(unused.length > 0 ? unused : index.entries, request, shown, tokenizer);
  const lines = [`No recorded interaction matches this ${request.operation} request (${index.order} matching, cassette ${request.source}).`];
  const next = index.order === 'ordered' ? index.expectedNext() : undefined;
  if (next !== undefined) lines.push(`The recording expects #${next.interaction.index} ${next.interaction.operation} next.`);
  let differences: readonly RequestDifference[] = [];
  if (candidate === undefined) {
    lines.push('The cassette holds no interactions.');
  } else {
    const { entry } = candidate;
    lines.push(`Closest recorded request: #${entry.interaction.index} ${entry.interaction.operation}${entry.used ? ' (already replayed)' : ''}.`);
    if (candidate.differences.length === 0) {
      const explanation = sameRequestExplanation(entry, request, bindings, index);
      lines.push(explanation.text);
      differences = explanation.differences;
    } else {
      lines.push('Differences (recorded → requested):');
      differences = candidate.differences;
    }
    for (const difference of differences.slice(0, SHOWN_DIFFERENCES)) lines.push(`  ${difference.path}: ${difference.recorded} → ${difference.requested}`);
    if (differences.length > SHOWN_DIFFERENCES) lines.push(`  … and ${differences.length - SHOWN_DIFFERENCES} more`);
  }
  return new RecordReplayError({
    kind: 'unmatched-request',
    message: lines.join('\n'),
    operation: request.operation,
    request: shown,
    closest: candidate === undefined ? undefined : { index: candidate.entry.interaction.index, operation: candidate.entry.interaction.operation, request: candidate.entry.interaction.request, replayed: candidate.entry.used },
    differences,
  });
}
