/**
 * Runs request sequences on DynamoDB Local and on the engine and requires the same outcome at
 * every step: the same response (capacity included) or the same error with the same message and
 * the same extras. Run with `--require test/support/global-fixtures.ts`.
 *
 * Where DynamoDB Local is known to differ from DynamoDB, the step says so and the engine must give
 * DynamoDB's answer; the differences are printed at the end of the run.
 */
import { expect } from 'chai';
import * as ddb from '@aws-sdk/client-dynamodb';
import { SimulatorEngine } from '../../../../adapters/simulator/engine/simulator-engine.js';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import { dynamoDbLocalEndpoint } from '../../../support/dynamo-db-local-endpoint.js';
import { uniqueTableName } from '../../../support/unique-table-name.js';
import { createTableRequest } from './engine-fixture.js';
import { SCENARIOS, type Scenario } from './engine-local-cases.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

type Outcome = { readonly ok: unknown } | { readonly error: string; readonly message: string; readonly extras: unknown };

/** Replaces the placeholder table names T and U (as TableName values and RequestItems keys). */
function withTables(value: unknown, names: ReadonlyMap<string, string>, parentKey = ''): unknown {
  if (value instanceof Uint8Array || typeof value !== 'object' || value === null) {
    return parentKey === 'TableName' && typeof value === 'string' ? (names.get(value) ?? value) : value;
  }
  if (Array.isArray(value)) return value.map((element) => withTables(element, names));
  const renamed = parentKey === 'RequestItems' || parentKey === 'Responses' || parentKey === 'UnprocessedKeys';
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [renamed ? (names.get(key) ?? key) : key, withTables(inner, names, key)]));
}

/** Binaries as arrays, set members sorted, keys sorted, the SDK's metadata dropped. */
function normalise(value: unknown): unknown {
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .filter(([key, inner]) => key !== '$metadata' && inner !== undefined)
    .map(([key, inner]): [string, unknown] => {
      const normalised = normalise(inner);
      if ((key === 'SS' || key === 'NS' || key === 'BS') && Array.isArray(normalised)) return [key, normalised.map((x: unknown) => JSON.stringify(x)).sort()];
      // DynamoDB lists the tables of a batch's capacity in no particular order.
      if (key === 'ConsumedCapacity' && Array.isArray(normalised)) return [key, normalised.map((x: unknown) => JSON.stringify(x)).sort().map((x) => JSON.parse(x) as unknown)];
      return [key, normalised];
    });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

async function onLocal(client: ddb.DynamoDBClient, operation: string, request: unknown): Promise<Outcome> {
  const commands = ddb as unknown as Record<string, new (input: unknown) => ddb.GetItemCommand>;
  const Command = commands[`${operation}Command`];
  if (Command === undefined) throw new Error(`no command for ${operation}`);
  try {
    return { ok: normalise(await client.send(new Command(request))) };
  } catch (error) {
    const failure = error as { name: string; message: string; Item?: unknown; CancellationReasons?: unknown };
    return { error: failure.name, message: failure.message, extras: normalise({ Item: failure.Item, CancellationReasons: failure.CancellationReasons }) };
  }
}

function onEngine(engine: SimulatorEngine, operation: string, request: unknown): Outcome {
  try {
    return { ok: normalise(engine.execute(operation, request)) };
  } catch (error) {
    if (!(error instanceof SimulatorError)) throw error;
    return { error: error.errorName, message: error.message, extras: normalise(error.extras) };
  }
}

describe('engine compared with DynamoDB Local', function () {
  this.timeout(120_000);
  let client: ddb.DynamoDBClient;
  const differences: string[] = [];

  before(() => {
    client = new ddb.DynamoDBClient({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1 });
  });

  after(() => {
    client.destroy();
    if (differences.length > 0) console.log(`    DynamoDB Local differs from DynamoDB (the engine follows DynamoDB):\n${differences.map((line) => `      - ${line}`).join('\n')}`);
  });

  const runScenario = async (scenario: Scenario): Promise<void> => {
    const names = new Map<string, string>([['T', uniqueTableName('engine-t')], ['U', uniqueTableName('engine-u')]]);
    const engine = new SimulatorEngine({ clock: { now: () => Date.now() } });
    for (const table of scenario.tables) {
      const request = createTableRequest({ ...table, name: names.get(table.name ?? 'T') ?? '' });
      await client.send(new ddb.CreateTableCommand(request as unknown as ddb.CreateTableCommandInput));
      engine.execute('CreateTable', request);
    }
    for (const [index, [operation, template]] of scenario.steps.entries()) {
      const request = withTables(template, names);
      const local = await onLocal(client, operation, request);
      const simulated = onEngine(engine, operation, request);
      const deviation = scenario.deviations?.[index];
      const label = `${scenario.name}, step ${index}: ${operation}`;
      if (deviation === undefined) {
        expect(simulated, label).to.deep.equal(local);
      } else {
        expect('message' in local ? local.message : 'success', `${label} (DynamoDB Local)`).to.equal(deviation.local);
        expect('error' in simulated ? simulated.error : 'success', label).to.equal('error' in local ? local.error : 'success');
        differences.push(`${label}: ${deviation.reason}`);
      }
    }
  };

  for (const scenario of SCENARIOS) {
    it(scenario.name, () => runScenario(scenario));
  }
});
