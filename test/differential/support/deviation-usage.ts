/**
 * Counts which known deviations explained a difference, across all differential runs of the
 * process, so that the suite can print them and name the ones no run needed (stale entries).
 */
import type { KnownDeviation } from './deviation.js';

const counts = new Map<string, number>();
let comparedSteps = 0;

export const deviationUsage = {
  record(applied: readonly KnownDeviation[]): void {
    comparedSteps += 1;
    for (const deviation of applied) counts.set(deviation.id, (counts.get(deviation.id) ?? 0) + 1);
  },
  count(id: string): number {
    return counts.get(id) ?? 0;
  },
  /** A summary for the end of a run: steps compared, deviations applied, and the unused ones. */
  report(all: readonly KnownDeviation[]): string {
    const used = all.filter((deviation) => counts.has(deviation.id)).map((deviation) => `${deviation.id} ×${counts.get(deviation.id) ?? 0}`);
    const stale = all.filter((deviation) => !counts.has(deviation.id)).map((deviation) => deviation.id);
    return [
      `${comparedSteps} steps compared with DynamoDB Local`,
      `known deviations applied: ${used.length === 0 ? 'none' : used.join(', ')}`,
      `known deviations used by no run (stale at this run size?): ${stale.length === 0 ? 'none' : stale.join(', ')}`,
    ].join('\n');
  },
};
