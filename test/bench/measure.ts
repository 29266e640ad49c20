/** Timing helpers for the benchmarks (never used by tests: figures are reported, not asserted). */
import { performance } from 'node:perf_hooks';

export interface Throughput {
  readonly operations: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/** Runs `operation` sequentially `count` times after `warmup` untimed runs. */
export async function measureSequential(count: number, operation: (index: number) => Promise<unknown>, warmup = Math.min(200, count)): Promise<Throughput> {
  for (let index = 0; index < warmup; index += 1) await operation(-1 - index);
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await operation(index);
  const seconds = (performance.now() - started) / 1000;
  return { operations: count, seconds, perSecond: count / seconds };
}

/** Latency percentiles in milliseconds of the given samples. */
export function percentiles(samplesMs: readonly number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `operation` `count` times with `concurrency` callers in flight, recording each latency. */
export async function measureLatencies(count: number, concurrency: number, operation: (index: number) => Promise<unknown>): Promise<{ samplesMs: number[]; perSecond: number }> {
  const samplesMs: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      const t0 = performance.now();
      await operation(index);
      samplesMs.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { samplesMs, perSecond: count / ((performance.now() - started) / 1000) };
}
