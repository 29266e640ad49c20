/**
 * Replay throughput of the record/replay adapter next to the simulator's port, on the same
 * key-value workload (test/bench/kv-workload.ts: 1 KB items, half conditional puts, half
 * consistent gets), one caller at a time. The workload is recorded once on a simulator into a
 * cassette in memory; each replay round answers from it with no database behind it. Rounds of
 * the simulator and of replay alternate, and the best round of each counts, in wall time and in
 * this process's CPU time (the machine may be shared). Figures are printed, never asserted.
 *
 *   node --import tsx test/bench/replay.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { memoryCassetteStore, type MemoryCassetteStore } from '../../adapters/record-replay/cassette/cassette-store.js';
import { createRecordReplayPort } from '../../adapters/record-replay/create-record-replay-port.js';
import type { MatchingOrder } from '../../adapters/record-replay/matching/interaction-index.js';
import { createSimulator } from '../../adapters/simulator/create-simulator.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { BenchReport } from './bench-report.js';
import { createWorkloadTable, kvOperation } from './kv-workload.js';

const TABLE = 'kv-bench';
const RUN = 'bench';

interface Round {
  readonly perSecond: number;
  readonly cpuMicrosPerOperation: number;
}

/** Creates the table, runs `warmup` untimed operations, then times `count` more. */
async function round(port: DynamoDbPort, count: number, warmup: number): Promise<Round> {
  await createWorkloadTable(port, TABLE);
  const operation = kvOperation(port, TABLE, RUN);
  for (let index = 0; index < warmup; index += 1) await operation(-1 - index);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await operation(index);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { perSecond: count / seconds, cpuMicrosPerOperation: (used.user + used.system) / count };
}

function best(rounds: readonly Round[]): Round {
  return { perSecond: Math.max(...rounds.map((r) => r.perSecond)), cpuMicrosPerOperation: Math.min(...rounds.map((r) => r.cpuMicrosPerOperation)) };
}

async function recordWorkload(matching: MatchingOrder, count: number, warmup: number): Promise<{ store: MemoryCassetteStore; recording: Round }> {
  const store = memoryCassetteStore();
  const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: createSimulator().port, matching });
  const recording = await round(recorder, count, warmup);
  await recorder.close();
  return { store, recording };
}

export interface ReplayBenchOptions {
  readonly count?: number;
  readonly warmup?: number;
  readonly rounds?: number;
}

/** Adds the replay figures to `report`; for `npm run bench`, or run alone. */
export async function runReplayBench(report: BenchReport, options: ReplayBenchOptions = {}): Promise<void> {
  const count = options.count ?? 20_000;
  const warmup = options.warmup ?? 2_000;
  const rounds = options.rounds ?? 5;
  const ordered = await recordWorkload('ordered', count, warmup);
  const unordered = await recordWorkload('unordered', count, warmup);
  const results: Record<'simulator' | MatchingOrder, Round[]> = { simulator: [], ordered: [], unordered: [] };
  for (let index = 0; index < rounds; index += 1) {
    results.simulator.push(await round(createSimulator().port, count, warmup));
    for (const [matching, { store }] of [['ordered', ordered], ['unordered', unordered]] as const) {
      const player = createRecordReplayPort({ mode: 'replay', cassette: store, matching });
      results[matching].push(await round(player, count, warmup));
      player.assertAllReplayed();
    }
  }
  const simulator = best(results.simulator);
  report.add({ section: 'replay', name: 'simulator port, key-value workload', value: simulator.perSecond, unit: 'ops/s' });
  report.add({ section: 'replay', name: 'simulator port, CPU time', value: simulator.cpuMicrosPerOperation, unit: 'µs/op' });
  for (const matching of ['ordered', 'unordered'] as const) {
    const replay = best(results[matching]);
    report.add({ section: 'replay', name: `replay (${matching} matching), no database`, value: replay.perSecond, unit: 'ops/s' });
    report.add({ section: 'replay', name: `replay (${matching} matching), CPU time`, value: replay.cpuMicrosPerOperation, unit: 'µs/op' });
    report.add({ section: 'replay', name: `replay / simulator throughput (${matching})`, value: replay.perSecond / simulator.perSecond, unit: 'x' });
  }
  report.add({ section: 'replay', name: 'recording on the simulator (record mode)', value: ordered.recording.perSecond, unit: 'ops/s' });
  report.add({ section: 'replay', name: `cassette of ${count + warmup + 1} interactions`, value: (ordered.store.text?.length ?? 0) / 1024 / 1024, unit: 'MB' });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runReplayBench(new BenchReport());
}
