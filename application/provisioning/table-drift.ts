/**
 * How a table differs from its spec. A drift names the setting by a path in the spec's own terms
 * (`globalSecondaryIndexes.StatusIndex.projection.type`, `timeToLive.attributeName`), with what
 * the spec wants and what the endpoint reports; `null` stands for "absent".
 */
export type DriftValue = string | number | boolean | null | readonly string[];

export interface Drift {
  readonly path: string;
  readonly expected: DriftValue;
  readonly actual: DriftValue;
}

/** The settings that some endpoints cannot report or change. */
export type TableFeature = 'timeToLive' | 'pointInTimeRecovery' | 'encryption' | 'tableClass' | 'tags' | 'deletionProtection' | 'stream';

/** A setting that could not be checked, and why: neither a drift nor a failure. */
export interface Unverifiable {
  readonly feature: TableFeature;
  readonly reason: string;
}

export interface TableVerification {
  readonly specId: string;
  readonly tableName: string;
  readonly exists: boolean;
  readonly drift: readonly Drift[];
  readonly unverifiable: readonly Unverifiable[];
}

export function drift(path: string, expected: DriftValue, actual: DriftValue | undefined): Drift {
  return { path, expected, actual: actual ?? null };
}

/** Equal as drift values: arrays element by element, everything else by identity. */
export function sameValue(left: DriftValue | undefined, right: DriftValue | undefined): boolean {
  const a = left ?? null;
  const b = right ?? null;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => value === b[index]);
  return a === b;
}

/** Pushes a drift when the values differ. */
export function compareValue(drifts: Drift[], path: string, expected: DriftValue, actual: DriftValue | undefined): void {
  if (!sameValue(expected, actual)) drifts.push(drift(path, expected, actual));
}
