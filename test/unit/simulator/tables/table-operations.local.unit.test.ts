/**
 * Differential test: the same table requests, as raw wire JSON, to DynamoDB Local and to the
 * simulator's table operations. Run with `--require test/support/global-fixtures.ts`.
 *
 * Each step says how the two must agree. `same`: the same error name and message, or answers
 * equal after normalisation. Where DynamoDB Local is known to differ from DynamoDB, the step says
 * why, and the simulator (which follows DynamoDB) is held to the weaker comparison there and to
 * DynamoDB's exact answer in the unit tests beside this file. The differences are printed at the end.
 *
 * Normalisation (each a documented difference or a value that cannot match):
 * - ARNs lose region and account; stream labels and every date are dropped (they follow the clocks);
 * - TableId and WarmThroughput are dropped (DynamoDB sends them, DynamoDB Local does not);
 * - the statuses of Create/Update/Delete answers are dropped (DynamoDB answers CREATING, UPDATING,
 *   DELETING; DynamoDB Local answers ACTIVE); DescribeTable statuses are compared;
 * - AttributeDefinitions and NonKeyAttributes are sorted (DynamoDB sorts them; Local echoes the request);
 * - NumberOfDecreasesToday of global indexes is dropped (DynamoDB Local leaves it out).
 */
import { expect } from 'chai';
import type { TableOperationName } from '../../../../adapters/simulator/tables/execute-table-operation.js';
import { TableCatalog } from '../../../../adapters/simulator/tables/table-catalog.js';
import type { TableOperationContext } from '../../../../adapters/simulator/tables/table-operation-context.js';
import { uniqueTableName } from '../../../support/unique-table-name.js';
import { localOutcome, simulatorOutcome, type Outcome } from './raw-local-request.js';

type Expectation =
  | 'same'
  /** Both fail with the same error name; DynamoDB's message differs from DynamoDB Local's. */
  | { readonly sameErrorName: string }
  /** Both succeed and agree on these members of the answer (after normalisation). */
  | { readonly sameMembers: readonly string[]; readonly reason: string }
  /** DynamoDB Local does not behave as DynamoDB: only the simulator's outcome is checked. */
  | { readonly localDiffers: string; readonly simulator: 'ok' | { readonly errorName: string; readonly message: string } };

interface Step {
  readonly operation: TableOperationName;
  /** `name` is a table name unique to this run. */
  readonly request: (name: string) => Record<string, unknown>;
  readonly expect: Expectation;
}

interface Scenario {
  readonly title: string;
  readonly steps: readonly Step[];
}

const DROPPED = new Set(['CreationDateTime', 'LastUpdateToPayPerRequestDateTime', 'LastIncreaseDateTime', 'LastDecreaseDateTime', 'TableId', 'WarmThroughput', 'LatestStreamLabel']);
const STATUSES = new Set(['TableStatus', 'IndexStatus', 'Backfilling']);

function normalise(value: unknown, dropStatuses: boolean, inGlobalIndex = false): unknown {
  if (typeof value === 'string') return value.replace(/^arn:aws:dynamodb:[^:]*:[^:]*:/u, 'arn:aws:dynamodb:REGION:ACCOUNT:').replace(/\/stream\/.*$/u, '/stream/LABEL');
  if (Array.isArray(value)) return value.map((element) => normalise(element, dropStatuses, inGlobalIndex));
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (DROPPED.has(key) || (dropStatuses && STATUSES.has(key)) || (inGlobalIndex && key === 'NumberOfDecreasesToday')) continue;
    let normalised = normalise(inner, dropStatuses, inGlobalIndex || key === 'GlobalSecondaryIndexes');
    if (key === 'AttributeDefinitions' && Array.isArray(normalised)) {
      normalised = [...(normalised as { AttributeName: string }[])].sort((left, right) => left.AttributeName.localeCompare(right.AttributeName));
    }
    if (key === 'NonKeyAttributes' && Array.isArray(normalised)) normalised = [...(normalised as string[])].sort();
    result[key] = normalised;
  }
  return result;
}

function answerOf(outcome: Outcome, operation: TableOperationName): unknown {
  if (!outcome.ok) return { errorName: outcome.errorName, message: outcome.message };
  return normalise(outcome.body, operation !== 'DescribeTable');
}

function description(outcome: Outcome): Record<string, unknown> {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.errorName}: ${outcome.message}`);
  const body = outcome.body;
  return (body['TableDescription'] ?? body['Table'] ?? body) as Record<string, unknown>;
}

const attribute = (AttributeName: string, AttributeType = 'S'): Record<string, string> => ({ AttributeName, AttributeType });
const key = (AttributeName: string, KeyType: 'HASH' | 'RANGE'): Record<string, string> => ({ AttributeName, KeyType });
const onDemand = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  TableName: name, AttributeDefinitions: [attribute('pk')], KeySchema: [key('pk', 'HASH')], BillingMode: 'PAY_PER_REQUEST', ...extra,
});
const INVALID = 'One or more parameter values were invalid: ';
const UPDATE_ANSWER = { sameMembers: ['TableName', 'AttributeDefinitions', 'KeySchema', 'TableArn'], reason: 'DynamoDB answers UpdateTable with the table in transition (old throughput, new indexes CREATING)' } as const;
const DELETE_ANSWER = { sameMembers: ['TableName', 'TableArn', 'ItemCount', 'TableSizeBytes', 'ProvisionedThroughput'], reason: 'DynamoDB answers DeleteTable with a short description' } as const;

const scenarios: readonly Scenario[] = [
  {
    title: 'an on-demand table: create, describe, TTL, deletion protection, delete',
    steps: [
      { operation: 'CreateTable', request: (name) => onDemand(name), expect: 'same' },
      { operation: 'DescribeTable', request: (name) => ({ TableName: name }), expect: 'same' },
      { operation: 'CreateTable', request: (name) => onDemand(name), expect: { sameErrorName: 'DynamoDB says "Table already exists: <name>"' } },
      { operation: 'UpdateTimeToLive', request: (name) => ({ TableName: name, TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } }), expect: 'same' },
      { operation: 'DescribeTimeToLive', request: (name) => ({ TableName: name }), expect: 'same' },
      { operation: 'UpdateTimeToLive', request: (name) => ({ TableName: name, TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } }), expect: 'same' },
      { operation: 'UpdateTimeToLive', request: (name) => ({ TableName: name, TimeToLiveSpecification: { Enabled: true, AttributeName: 'other' } }),
        expect: { sameErrorName: 'DynamoDB adds ": current AttributeName is <name>"' } },
      { operation: 'UpdateTimeToLive', request: (name) => ({ TableName: name, TimeToLiveSpecification: { Enabled: false, AttributeName: 'expiresAt' } }),
        expect: { localDiffers: 'DynamoDB refuses a second TTL change within about 31 minutes; DynamoDB Local has no cooldown', simulator: { errorName: 'ValidationException', message: 'Time to live has been modified multiple times within a fixed interval' } } },
      { operation: 'UpdateTable', request: (name) => ({ TableName: name, DeletionProtectionEnabled: true }), expect: 'same' },
      { operation: 'DeleteTable', request: (name) => ({ TableName: name }), expect: 'same' },
      { operation: 'UpdateTable', request: (name) => ({ TableName: name, DeletionProtectionEnabled: false }), expect: 'same' },
      { operation: 'UpdateTable', request: (name) => ({ TableName: name }), expect: { sameErrorName: 'DynamoDB lists the members that could change' } },
      { operation: 'DeleteTable', request: (name) => ({ TableName: name }), expect: DELETE_ANSWER },
      { operation: 'DescribeTable', request: (name) => ({ TableName: name }), expect: { sameErrorName: 'DynamoDB says "Requested resource not found: Table: <name> not found"' } },
      { operation: 'DeleteTable', request: (name) => ({ TableName: name }), expect: { sameErrorName: 'DynamoDB says "Requested resource not found: Table: <name> not found"' } },
      { operation: 'DescribeTimeToLive', request: (name) => ({ TableName: name }), expect: { sameErrorName: 'DynamoDB says "Requested resource not found: Table: <name> not found"' } },
    ],
  },
  {
    title: 'a provisioned table with indexes and a stream',
    steps: [
      {
        operation: 'CreateTable',
        request: (name) => ({
          TableName: name,
          AttributeDefinitions: [attribute('sk', 'N'), attribute('pk'), attribute('g', 'B')],
          KeySchema: [key('pk', 'HASH'), key('sk', 'RANGE')],
          ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 6 },
          LocalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [key('pk', 'HASH'), key('g', 'RANGE')], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['zeta', 'alpha'] } }],
          GlobalSecondaryIndexes: [{ IndexName: 'global-g', KeySchema: [key('g', 'HASH')], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 2 } }],
          StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        }),
        expect: 'same',
      },
      { operation: 'DescribeTable', request: (name) => ({ TableName: name }), expect: 'same' },
      { operation: 'UpdateTable', request: (name) => ({ TableName: name, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 6 } }),
        expect: { sameErrorName: 'DynamoDB words it "The provisioned throughput for the table will not change. ..."' } },
      { operation: 'UpdateTable', request: (name) => ({ TableName: name, ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 6 } }), expect: UPDATE_ANSWER },
      { operation: 'DescribeTable', request: (name) => ({ TableName: name }), expect: 'same' },
      { operation: 'UpdateTable', request: (name) => ({ TableName: name, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }),
        expect: { sameErrorName: 'DynamoDB adds ": TableName: <name>"' } },
      { operation: 'UpdateTable', request: (name) => ({ TableName: name, StreamSpecification: { StreamEnabled: false } }), expect: UPDATE_ANSWER },
      { operation: 'DescribeTable', request: (name) => ({ TableName: name }), expect: 'same' },
      { operation: 'UpdateTable', request: (name) => ({ TableName: name, StreamSpecification: { StreamEnabled: false } }), expect: { sameErrorName: 'DynamoDB adds ": TableName: <name>"' } },
      { operation: 'DeleteTable', request: (name) => ({ TableName: name }), expect: DELETE_ANSWER },
    ],
  },
  {
    title: 'a global index added to an on-demand table',
    steps: [
      { operation: 'CreateTable', request: (name) => onDemand(name), expect: 'same' },
      {
        operation: 'UpdateTable',
        request: (name) => ({
          TableName: name,
          AttributeDefinitions: [attribute('colour')],
          GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'by-colour', KeySchema: [key('colour', 'HASH')], Projection: { ProjectionType: 'ALL' } } }],
        }),
        expect: UPDATE_ANSWER,
      },
      { operation: 'DescribeTable', request: (name) => ({ TableName: name }),
        expect: { sameMembers: ['AttributeDefinitions', 'KeySchema', 'TableName', 'BillingModeSummary'], reason: 'DynamoDB Local keeps a new index CREATING for a while (and then refuses to delete it); the simulator finishes at once' } },
      { operation: 'DeleteTable', request: (name) => ({ TableName: name }), expect: DELETE_ANSWER },
    ],
  },
  {
    title: 'requests DynamoDB refuses',
    steps: [
      { operation: 'CreateTable', request: () => ({}), expect: { sameErrorName: 'DynamoDB lists every missing member: "3 validation errors detected: ..."' } },
      { operation: 'CreateTable', request: () => onDemand('ab'), expect: { sameErrorName: 'DynamoDB reports the length constraint of tableName' } },
      { operation: 'CreateTable', request: (name) => ({ ...onDemand(name), AttributeDefinitions: [attribute('other')] }), expect: { sameErrorName: 'DynamoDB names the undefined keys' } },
      { operation: 'CreateTable', request: (name) => ({ ...onDemand(name), AttributeDefinitions: [attribute('pk'), attribute('unused')] }), expect: { sameErrorName: 'DynamoDB: "Number of attributes in KeySchema does not exactly match ..."' } },
      { operation: 'CreateTable', request: (name) => ({ ...onDemand(name), AttributeDefinitions: [attribute('pk'), attribute('b')], KeySchema: [key('pk', 'HASH'), key('b', 'HASH')] }),
        expect: { sameErrorName: 'DynamoDB: "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type"' } },
      { operation: 'CreateTable', request: (name) => ({ ...onDemand(name), StreamSpecification: { StreamEnabled: true } }), expect: { sameErrorName: 'DynamoDB: "... Table is being created with a stream enabled, UpdateViewType is required"' } },
      { operation: 'ListTables', request: () => ({ Limit: 0 }), expect: { sameErrorName: 'DynamoDB reports the constraint of limit' } },
      { operation: 'ListTables', request: () => ({ Limit: 101 }), expect: { sameErrorName: 'DynamoDB reports the constraint of limit' } },
      { operation: 'DescribeTable', request: (name) => ({ TableName: name }), expect: { sameErrorName: 'DynamoDB says "Requested resource not found: Table: <name> not found"' } },
      { operation: 'DescribeContinuousBackups', request: (name) => ({ TableName: name }),
        expect: { localDiffers: 'DynamoDB Local has no continuous-backups API', simulator: { errorName: 'TableNotFoundException', message: 'Table not found: <name>' } } },
      // Last: DynamoDB Local creates the table.
      { operation: 'CreateTable', request: (name) => ({ ...onDemand(name), ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }),
        expect: { localDiffers: 'DynamoDB refuses throughput on an on-demand table; DynamoDB Local accepts it', simulator: { errorName: 'ValidationException', message: `${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST` } } },
    ],
  },
];

describe('table operations: DynamoDB Local and the simulator', function () {
  this.timeout(120_000);
  const differences: string[] = [];
  const created: string[] = [];

  after(async () => {
    for (const name of created) {
      await localOutcome('UpdateTable', { TableName: name, DeletionProtectionEnabled: false });
      await localOutcome('DeleteTable', { TableName: name });
    }
    if (differences.length > 0) console.log(`\nWhere DynamoDB Local differs from DynamoDB (the simulator follows DynamoDB):\n${[...new Set(differences)].map((line) => `  - ${line}`).join('\n')}`);
  });

  for (const scenario of scenarios) {
    it(scenario.title, async () => {
      const name = uniqueTableName('tables-diff');
      created.push(name);
      let time = Date.UTC(2026, 0, 1);
      const context: TableOperationContext = { catalog: new TableCatalog(), clock: { now: () => time }, region: 'us-east-1', accountId: '000000000000' };
      for (const [index, step] of scenario.steps.entries()) {
        const request = step.request(name);
        const label = `step ${index + 1}: ${step.operation} ${JSON.stringify(request).slice(0, 200)}`;
        const local = await localOutcome(step.operation, request);
        const simulated = simulatorOutcome(context, step.operation, request);
        time += 1000;
        const expectation = step.expect;
        if (expectation === 'same') {
          expect(answerOf(simulated, step.operation), label).to.deep.equal(answerOf(local, step.operation));
        } else if ('sameErrorName' in expectation) {
          expect(local.ok, `${label}: DynamoDB Local should fail`).to.equal(false);
          expect(simulated.ok ? 'succeeded' : simulated.errorName, label).to.equal(local.ok ? 'succeeded' : local.errorName);
          differences.push(`${step.operation}: ${expectation.sameErrorName} (DynamoDB Local: "${local.ok ? '' : local.message}")`);
        } else if ('sameMembers' in expectation) {
          const localDescription = normalise(description(local), true) as Record<string, unknown>;
          const simulatedDescription = normalise(description(simulated), true) as Record<string, unknown>;
          for (const member of expectation.sameMembers) expect(simulatedDescription[member], `${label}: ${member}`).to.deep.equal(localDescription[member]);
          differences.push(`${step.operation} answer: ${expectation.reason}`);
        } else {
          const wanted = expectation.simulator === 'ok' ? 'ok' : { ...expectation.simulator, message: expectation.simulator.message.replace('<name>', name) };
          expect(simulated.ok ? 'ok' : { errorName: simulated.errorName, message: simulated.message }, label).to.deep.equal(wanted);
          differences.push(`${step.operation}: ${expectation.localDiffers}`);
        }
      }
    });
  }
});
