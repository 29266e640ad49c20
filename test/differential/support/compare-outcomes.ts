/**
 * Compares one step's outcomes on DynamoDB Local and on the simulator: equal after
 * normalisation, or equal once the known deviations that apply have been taken out. The
 * simulator's numbers must be canonical in any case.
 */
import { isDeepStrictEqual } from 'node:util';
import type { DeviationContext, KnownDeviation } from './deviation.js';
import { nonCanonicalNumbers } from './canonical-number.js';
import { normaliseOutcome } from './normalise.js';
import type { Outcome } from './outcome.js';

export interface Comparison {
  readonly equal: boolean;
  readonly local: Outcome;
  readonly simulator: Outcome;
  /** The deviations that explained (part of) a difference. */
  readonly applied: readonly KnownDeviation[];
}

export function compareOutcomes(deviations: readonly KnownDeviation[], context: DeviationContext, localOutcome: Outcome, simulatorOutcome: Outcome): Comparison {
  let local = normaliseOutcome(localOutcome);
  let simulator = normaliseOutcome(simulatorOutcome);
  // DynamoDB returns numbers in canonical form, whatever DynamoDB Local does.
  if (simulator.ok) {
    const unnormalised = nonCanonicalNumbers(simulator.response);
    if (unnormalised.length > 0) return { equal: false, local, simulator: { ok: true, response: { ...simulator.response, $nonCanonicalNumbers: unnormalised } }, applied: [] };
  }
  if (isDeepStrictEqual(local, simulator)) return { equal: true, local, simulator, applied: [] };
  const applied: KnownDeviation[] = [];
  for (const deviation of deviations) {
    const reconciled = deviation.reconcile(context, local, simulator);
    if (reconciled === undefined) continue;
    const [nextLocal, nextSimulator] = [normaliseOutcome(reconciled[0]), normaliseOutcome(reconciled[1])];
    if (isDeepStrictEqual(nextLocal, local) && isDeepStrictEqual(nextSimulator, simulator)) continue;
    local = nextLocal;
    simulator = nextSimulator;
    applied.push(deviation);
    if (isDeepStrictEqual(local, simulator)) break;
  }
  return { equal: isDeepStrictEqual(local, simulator), local, simulator, applied };
}
