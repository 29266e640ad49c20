/**
 * Runs one model-based property: fast-check generates command sequences, each run starts from
 * empty tables and a fresh model, runs the commands against both, and ends by comparing the
 * whole tables with the model. A failure reports fast-check's seed, counterexample path and
 * the commands' replay path, and says how to replay it through the environment.
 */
import fc from 'fast-check';
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';
import type { ContractCommand } from './commands/contract-command.js';
import { ContractModel } from './contract-model.js';
import type { ContractSystem } from './contract-system.js';
import type { ContractTables } from './contract-tables.js';
import type { TableItem } from './vocabulary/contract-items.js';
import type { ResolvedSettings } from './dynamo-db-port-capabilities.js';
import { deleteKeys, emptyTables, expectTablesMatchModel } from './table-contents.js';

export interface PropertySubject {
  readonly title: string;
  readonly port: DynamoDbPort;
  readonly tables: ContractTables;
  readonly tokenPrefix: string;
}

function replayHint(report: string, title: string, seed: number, path: string | null): string {
  const replayPath = /replayPath="([^"]*)"/.exec(report)?.[1];
  const variables = [`CONTRACT_SEED=${seed}`, ...(path === null ? [] : [`CONTRACT_PATH='${path}'`]), ...(replayPath === undefined ? [] : [`CONTRACT_REPLAY_PATH='${replayPath}'`])];
  return `To replay this failure, run the same test command with ${variables.join(' ')} and mocha's --grep ${JSON.stringify(title)}`;
}

/** What a property's runs are made of: the items the tables start with, then the commands. */
export interface PropertyVocabulary {
  readonly initial: fc.Arbitrary<readonly TableItem[]>;
  readonly commands: readonly fc.Arbitrary<ContractCommand>[];
}

async function putInitialItems(model: ContractModel, { port, tables }: ContractSystem, initial: readonly TableItem[]): Promise<void> {
  for (const { role, item } of initial) {
    await port.putItem({ TableName: tables[role], Item: item });
    model.put(role, item);
  }
}

export async function runContractProperty(subject: PropertySubject, vocabulary: PropertyVocabulary, settings: ResolvedSettings): Promise<void> {
  let tokens = 0;
  const system: ContractSystem = {
    port: subject.port,
    tables: subject.tables,
    maxBatchResends: settings.maxBatchResends,
    nextToken: () => `${subject.tokenPrefix}-${(tokens += 1)}`,
  };
  // Whatever a failed run left behind is removed before the next; a passing run cleans up itself.
  let dirty = true;
  const property = fc.asyncProperty(
    vocabulary.initial,
    fc.commands([...vocabulary.commands], { maxCommands: settings.maxCommands, size: 'max', ...(settings.replayPath === undefined ? {} : { replayPath: settings.replayPath }) }),
    async (initial, sequence) => {
      if (dirty) await emptyTables(system, settings.batches);
      dirty = true;
      const model = new ContractModel();
      await putInitialItems(model, system, initial);
      await fc.asyncModelRun(() => ({ model, real: system }), sequence);
      const stored = await expectTablesMatchModel(model, system);
      await deleteKeys(system, stored, settings.batches);
      dirty = false;
    },
  );
  const details = await fc.check(property, {
    numRuns: settings.numRuns,
    ...(settings.seed === undefined ? {} : { seed: settings.seed }),
    ...(settings.path === undefined ? {} : { path: settings.path, endOnFailure: true }),
  });
  if (details.failed) {
    const report = fc.defaultReportMessage(details) ?? `Property failed: ${subject.title}`;
    throw new Error(`${report}\n\n${replayHint(report, subject.title, details.seed, details.counterexamplePath)}`, { cause: details.errorInstance });
  }
}
