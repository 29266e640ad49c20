/**
 * Runs one generated sequence on both sides, step by step, and fails at the first step whose
 * outcomes differ beyond the known deviations, with everything needed to see why. Tables are
 * created first (their answers compared too) and DynamoDB Local's are deleted at the end.
 */
import { createTableRequest } from '../arbitraries/table-shapes.js';
import type { Run } from '../arbitraries/sequences.js';
import { compareOutcomes } from './compare-outcomes.js';
import type { KnownDeviation } from './deviation.js';
import { deviationUsage } from './deviation-usage.js';
import type { DifferentialTargets, Side } from './differential-targets.js';
import { describeDifference } from './describe-difference.js';
import { describeOutcome, type Outcome } from './outcome.js';
import { readToEnd } from './read-pages.js';
import type { Step } from './step.js';

function shortJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === 'string' && inner.length > 400) return `${inner.slice(0, 20)}…(${inner.length} chars)`;
    if (inner instanceof Uint8Array) return `<bytes ${Buffer.from(inner).toString('hex')}>`;
    return inner;
  });
}

/** Idempotency tokens live for 10 minutes in DynamoDB: each run gets its own. */
function withRunTokens(step: Step, runId: string): Step {
  const token = step.input['ClientRequestToken'];
  return typeof token === 'string' ? { ...step, input: { ...step.input, ClientRequestToken: `${runId}-${token}` } } : step;
}

function outcomeOf(side: Side, step: Step): Promise<Outcome> {
  return step.read === undefined ? side.send(step.operation, step.input) : readToEnd(side, step, step.read);
}

export class DifferentialMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DifferentialMismatch';
  }
}

export async function runSequence(targets: DifferentialTargets, run: Run, deviations: readonly KnownDeviation[]): Promise<void> {
  const steps: Step[] = [...run.tables.map((shape): Step => ({ operation: 'CreateTable', input: createTableRequest(shape) })), ...run.steps.map((step) => withRunTokens(step, targets.accessKeyId))];
  const history: string[] = [];
  try {
    for (const [index, step] of steps.entries()) {
      const local = await outcomeOf(targets.local, step);
      const simulator = await outcomeOf(targets.simulator, step);
      const comparison = compareOutcomes(deviations, { step, tables: run.tables }, local, simulator);
      const label = `#${index} ${step.operation} ${shortJson(step.input)}`;
      if (!comparison.equal) {
        const applied = comparison.applied.length === 0 ? '' : `\n  deviations applied: ${comparison.applied.map((deviation) => deviation.id).join(', ')}`;
        throw new DifferentialMismatch(
          `step ${label}\n  DynamoDB Local: ${describeOutcome(comparison.local)}\n  simulator:      ${describeOutcome(comparison.simulator)}${applied}\n  differences:\n    ${describeDifference(comparison.local, comparison.simulator).join('\n    ')}\n  earlier steps:\n    ${history.join('\n    ')}`,
        );
      }
      deviationUsage.record(comparison.applied);
      history.push(`${label} → ${describeOutcome(comparison.simulator, 200)}`);
      if (comparison.applied.some((deviation) => deviation.divergesState === true)) return;
    }
  } finally {
    await deleteLocalTables(targets.local);
  }
}

async function deleteLocalTables(local: Side): Promise<void> {
  const listed = await local.send('ListTables', {});
  const names = listed.ok ? ((listed.response['TableNames'] as string[] | undefined) ?? []) : [];
  for (const TableName of names) await local.send('DeleteTable', { TableName });
}
