/**
 * Runs one property of a store contract and turns a failure into an error that carries
 * fast-check's report (seed, counterexample path, shrunk commands or schedule) and says how to
 * replay it through the environment.
 */
import fc from 'fast-check';
import type { ResolvedStoreSettings } from './store-contract-settings.js';

function replayHint(report: string, title: string, seed: number, path: string | null): string {
  const replayPath = /replayPath="([^"]*)"/.exec(report)?.[1];
  const variables = [`CONTRACT_SEED=${seed}`, ...(path === null ? [] : [`CONTRACT_PATH='${path}'`]), ...(replayPath === undefined ? [] : [`CONTRACT_REPLAY_PATH='${replayPath}'`])];
  return `To replay this failure, run the same test command with ${variables.join(' ')} and mocha's --grep ${JSON.stringify(title)}`;
}

export async function checkProperty<T>(title: string, property: fc.IAsyncProperty<T>, settings: ResolvedStoreSettings, numRuns: number): Promise<void> {
  const details = await fc.check(property, {
    numRuns,
    ...(settings.seed === undefined ? {} : { seed: settings.seed }),
    ...(settings.path === undefined ? {} : { path: settings.path, endOnFailure: true }),
  });
  if (details.failed) {
    const report = fc.defaultReportMessage(details) ?? `Property failed: ${title}`;
    throw new Error(`${report}\n\n${replayHint(report, title, details.seed, details.counterexamplePath)}`, { cause: details.errorInstance });
  }
}

/** The commands of a model-based run, with the replay path of CONTRACT_REPLAY_PATH if given. */
export function commandsArbitrary<M extends object, R>(commands: readonly fc.Arbitrary<fc.AsyncCommand<M, R>>[], maxCommands: number, settings: ResolvedStoreSettings): fc.Arbitrary<Iterable<fc.AsyncCommand<M, R>>> {
  return fc.commands([...commands], { maxCommands, size: 'max', ...(settings.replayPath === undefined ? {} : { replayPath: settings.replayPath }) });
}
