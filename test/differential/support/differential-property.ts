/**
 * The differential property itself, shared by the suites of each front: random runs (table
 * shapes and operation sequences) on a fresh simulator and on DynamoDB Local, compared step by
 * step. Run sizes come from the environment so that long runs need no code change:
 * DIFFERENTIAL_NUM_RUNS, DIFFERENTIAL_MAX_STEPS, and DIFFERENTIAL_SEED / DIFFERENTIAL_PATH to
 * replay a failure (fast-check prints both when a run fails).
 */
import fc from 'fast-check';
import { KNOWN_DEVIATIONS, OPEN_SIMULATOR_GAPS } from '../known-deviations.js';
import { runs } from '../arbitraries/sequences.js';
import { createDifferentialTargets, type SimulatorFront } from './differential-targets.js';
import { runSequence } from './run-sequence.js';

export const TOLERATED = [...KNOWN_DEVIATIONS, ...OPEN_SIMULATOR_GAPS];

function positiveInteger(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${JSON.stringify(text)}`);
  return value;
}

export interface PropertySize {
  readonly numRuns: number;
  readonly maxSteps: number;
}

/** The run size: `defaultRuns` unless DIFFERENTIAL_NUM_RUNS says otherwise (scaled by `share` for secondary fronts). */
export function propertySize(defaultRuns: number, share = 1): PropertySize {
  const numRuns = Math.max(1, Math.round(positiveInteger('DIFFERENTIAL_NUM_RUNS', defaultRuns) * share));
  return { numRuns, maxSteps: positiveInteger('DIFFERENTIAL_MAX_STEPS', 30) };
}

export async function assertDifferential(front: SimulatorFront, size: PropertySize): Promise<void> {
  const seed = process.env['DIFFERENTIAL_SEED'];
  const path = process.env['DIFFERENTIAL_PATH'];
  await fc.assert(
    fc.asyncProperty(runs({ maxSteps: size.maxSteps }), async (run) => {
      const targets = await createDifferentialTargets(front);
      try {
        await runSequence(targets, run, TOLERATED);
      } finally {
        await targets.close();
      }
    }),
    {
      numRuns: size.numRuns,
      ...(seed === undefined || seed === '' ? {} : { seed: Number(seed) }),
      ...(path === undefined || path === '' ? {} : { path }),
    },
  );
}
