/**
 * The shape of an entry of known-deviations.ts: a case where DynamoDB Local does not behave as
 * DynamoDB, what each does, where that is documented (or how it was probed), and how to take
 * the difference out of one step's outcomes. The simulator follows DynamoDB, so a deviation
 * checks both sides: DynamoDB Local's known answer and the simulator's DynamoDB answer.
 */
import type { TableShape } from '../arbitraries/table-shapes.js';
import type { Outcome } from './outcome.js';
import type { Step } from './step.js';

export interface DeviationContext {
  readonly step: Step;
  readonly tables: readonly TableShape[];
}

export interface KnownDeviation {
  readonly id: string;
  /** What DynamoDB Local does. */
  readonly local: string;
  /** What DynamoDB does, and so the simulator. */
  readonly dynamodb: string;
  /** The AWS documentation page, or the probe that established it. */
  readonly source: string;
  /**
   * Both outcomes (normalised) with this deviation taken out, or undefined where it does not
   * apply. Must not touch anything else, so that every other difference still shows.
   */
  reconcile(context: DeviationContext, local: Outcome, simulator: Outcome): readonly [Outcome, Outcome] | undefined;
  /** Local's state differs from DynamoDB's afterwards (it accepted a write DynamoDB refuses): the run stops comparing there. */
  readonly divergesState?: boolean;
}
