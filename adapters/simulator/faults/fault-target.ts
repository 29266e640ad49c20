/** The call a fault acts on, and what acting on it yields. */
import type { SeededRandom } from './seeded-random.js';

export type Execute = (operation: string, request: unknown) => unknown;

export interface FaultTarget {
  readonly operation: string;
  /** The wire-form request. */
  readonly request: unknown;
  /** The rule's table filter: only actions on these tables are picked for partial faults. */
  readonly tables: ReadonlySet<string> | undefined;
  readonly random: SeededRandom;
}

export interface PreparedFault {
  /** What the log says about this call. */
  readonly detail: string;
  /** Produces the call's answer (or throws its error) in place of a plain execution. */
  run(execute: Execute): unknown;
}

export type WireObject = Record<string, unknown>;

export function isWireObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
