/**
 * Time bounds of range reads, as offsets from the start of a run in steps of TIME_STEP_MS, so
 * that generated bounds meet the times a run's clock moves through. A bound may be written with a
 * zone offset instead of Z: the store must read it as the same instant.
 */
export const TIME_STEP_MS = 500;

export interface TimeBound {
  readonly steps: number;
  readonly withZoneOffset: boolean;
}

/** The bound as the caller passes it. */
export function boundText(startMs: number, bound: TimeBound): string {
  const ms = startMs + bound.steps * TIME_STEP_MS;
  if (!bound.withZoneOffset) return new Date(ms).toISOString();
  // The same instant, written in UTC+02:00.
  return `${new Date(ms + 2 * 3_600_000).toISOString().slice(0, -1)}+02:00`;
}

/** The bound as a canonical ISO string, for comparing with stored times. */
export function boundInstant(startMs: number, bound: TimeBound): string {
  return new Date(startMs + bound.steps * TIME_STEP_MS).toISOString();
}

export function describeBound(bound: TimeBound | undefined): string {
  return bound === undefined ? '-' : `start+${bound.steps * TIME_STEP_MS}ms${bound.withZoneOffset ? '(+02:00)' : ''}`;
}
