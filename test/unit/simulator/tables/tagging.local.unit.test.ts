/**
 * Differential test of tagging: the same raw wire requests to DynamoDB Local and to the simulator's
 * table operations. Run with `--require test/support/global-fixtures.ts`.
 *
 * DynamoDB Local (3.3.1) differs from DynamoDB here, and the simulator follows DynamoDB:
 * - it has no tagging API: TagResource, UntagResource and ListTagsOfResource all answer
 *   UnknownOperationException "Tagging is not currently supported in DynamoDB Local.", whatever
 *   the request (DynamoDB: the answers pinned in tagging.unit.test.ts);
 * - CreateTable accepts any Tags and keeps none: an `aws:` key, a 129-character key, a repeated
 *   key, 51 tags, an `AWS:` key all create the table (DynamoDB refuses each with ValidationException
 *   and creates nothing).
 * Each step below pins DynamoDB Local's answer (so that a DynamoDB Local that learns tagging
 * shows up here) and requires DynamoDB's answer from the simulator. Where both behave as
 * DynamoDB (a CreateTable with valid tags, the description of a tagged table), they must agree.
 */
import { expect } from 'chai';
import { TableCatalog } from '../../../../adapters/simulator/tables/table-catalog.js';
import type { TableOperationContext } from '../../../../adapters/simulator/tables/table-operation-context.js';
import type { TableOperationName } from '../../../../adapters/simulator/tables/execute-table-operation.js';
import { uniqueTableName } from '../../../support/unique-table-name.js';
import { localOutcome, simulatorOutcome, type Outcome } from './raw-local-request.js';

const NO_TAGGING: Outcome = { ok: false, errorName: 'UnknownOperationException', message: 'Tagging is not currently supported in DynamoDB Local.' };

type Wanted = 'ok' | Record<string, unknown> | { readonly errorName: string; readonly message: string };

interface Step {
  readonly operation: TableOperationName;
  /** `arn` is the table's ARN on the side that receives the request. */
  readonly request: (name: string, arn: string) => Record<string, unknown>;
  /** DynamoDB Local's answer; `same` when it must equal the simulator's. */
  readonly local: 'same' | Outcome | 'ok';
  /** DynamoDB's answer, required of the simulator (`ok`: any success; an object: the body). */
  readonly simulator?: Wanted;
}

const onDemand = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  TableName: name,
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
  ...extra,
});

/** The members of a description that both sides must agree on. */
function comparable(outcome: Outcome): unknown {
  if (!outcome.ok) return { errorName: outcome.errorName, message: outcome.message };
  const description = (outcome.body['TableDescription'] ?? outcome.body['Table']) as Record<string, unknown> | undefined;
  if (description === undefined) return outcome.body;
  const { TableName, KeySchema, AttributeDefinitions, BillingModeSummary, ItemCount } = description;
  const billing = BillingModeSummary as Record<string, unknown> | undefined;
  return { TableName, KeySchema, AttributeDefinitions, BillingMode: billing?.['BillingMode'], ItemCount };
}

const VALIDATION = 'ValidationException';
const TAGS = [{ Key: 'team', Value: 'core' }, { Key: 'env', Value: '' }];

const steps: readonly Step[] = [
  { operation: 'CreateTable', request: (name) => onDemand(name, { Tags: TAGS }), local: 'same' },
  { operation: 'ListTagsOfResource', request: (_, arn) => ({ ResourceArn: arn }), local: NO_TAGGING, simulator: { Tags: TAGS } },
  { operation: 'TagResource', request: (_, arn) => ({ ResourceArn: arn, Tags: [{ Key: 'team', Value: 'platform' }, { Key: 'cost', Value: '42' }] }), local: NO_TAGGING, simulator: {} },
  { operation: 'UntagResource', request: (_, arn) => ({ ResourceArn: arn, TagKeys: ['env', 'absent'] }), local: NO_TAGGING, simulator: {} },
  { operation: 'ListTagsOfResource', request: (_, arn) => ({ ResourceArn: arn }), local: NO_TAGGING, simulator: { Tags: [{ Key: 'team', Value: 'platform' }, { Key: 'cost', Value: '42' }] } },
  { operation: 'TagResource', request: (_, arn) => ({ ResourceArn: arn, Tags: [] }), local: NO_TAGGING, simulator: { errorName: VALIDATION, message: 'Atleast one Tag needs to be provided as Input.' } },
  { operation: 'TagResource', request: (_, arn) => ({ ResourceArn: arn, Tags: [{ Key: 'aws:x', Value: '1' }] }), local: NO_TAGGING,
    simulator: { errorName: VALIDATION, message: 'Tag Key cannot be prefixed with aws:, Key: aws:x' } },
  { operation: 'UntagResource', request: (_, arn) => ({ ResourceArn: arn, TagKeys: [] }), local: NO_TAGGING,
    simulator: { errorName: VALIDATION, message: 'Atleast one Tag Key needs to be provided as Input.' } },
  { operation: 'ListTagsOfResource', request: (name) => ({ ResourceArn: name }), local: NO_TAGGING,
    simulator: { errorName: VALIDATION, message: "One or more parameter values were invalid: ARNs must start with 'arn:': <name>" } },
  // Tags are not part of a table's description, on either side.
  { operation: 'DescribeTable', request: (name) => ({ TableName: name }), local: 'same' },
  // DynamoDB answers DeleteTable with a short description (see table-operations.local.unit.test.ts).
  { operation: 'DeleteTable', request: (name) => ({ TableName: name }), local: 'ok', simulator: 'ok' },
  { operation: 'ListTagsOfResource', request: (_, arn) => ({ ResourceArn: arn }), local: NO_TAGGING,
    simulator: { errorName: 'ResourceNotFoundException', message: 'Requested resource not found: ResourceArn: <arn> not found' } },
  // DynamoDB refuses these and creates nothing; DynamoDB Local creates the table (deleted again below).
  { operation: 'CreateTable', request: (name) => onDemand(name, { Tags: [{ Key: 'aws:x', Value: '1' }] }), local: 'ok',
    simulator: { errorName: VALIDATION, message: 'Tag Key cannot be prefixed with aws:, Key: aws:x' } },
  { operation: 'DeleteTable', request: (name) => ({ TableName: name }), local: 'ok', simulator: { errorName: 'ResourceNotFoundException', message: 'Requested resource not found: Table: <name> not found' } },
  { operation: 'CreateTable', request: (name) => onDemand(name, { Tags: [{ Key: 'd', Value: '1' }, { Key: 'd', Value: '2' }] }), local: 'ok',
    simulator: { errorName: VALIDATION, message: 'Duplicate Tag Keys provided as input: Duplicate Tag Key found d' } },
  { operation: 'DeleteTable', request: (name) => ({ TableName: name }), local: 'ok', simulator: { errorName: 'ResourceNotFoundException', message: 'Requested resource not found: Table: <name> not found' } },
  { operation: 'CreateTable', request: (name) => onDemand(name, { Tags: [{ Key: 'AWS:x', Value: '1' }] }), local: 'ok',
    simulator: { errorName: VALIDATION, message: 'Tag Key cannot be prefixed with aws:, Key: AWS:x' } },
  { operation: 'DeleteTable', request: (name) => ({ TableName: name }), local: 'ok', simulator: { errorName: 'ResourceNotFoundException', message: 'Requested resource not found: Table: <name> not found' } },
  { operation: 'CreateTable', request: (name) => onDemand(name, { Tags: Array.from({ length: 51 }, (_, index) => ({ Key: `k${index}`, Value: '' })) }), local: 'ok',
    simulator: { errorName: VALIDATION, message: 'Number of Tags exceed the current limit for the provided ResourceArn' } },
];

function arnOf(outcome: Outcome): string | undefined {
  if (!outcome.ok) return undefined;
  const description = outcome.body['TableDescription'] as Record<string, unknown> | undefined;
  return typeof description?.['TableArn'] === 'string' ? description['TableArn'] : undefined;
}

function expectWanted(outcome: Outcome, wanted: Wanted, substitute: (text: string) => string, label: string): void {
  if (wanted === 'ok') {
    expect(outcome.ok, `${label}: ${JSON.stringify(outcome)}`).to.equal(true);
  } else if ('errorName' in wanted && typeof wanted['errorName'] === 'string') {
    expect(outcome.ok ? outcome.body : { errorName: outcome.errorName, message: outcome.message }, label).to.deep.equal({ ...wanted, message: substitute(String(wanted['message'])) });
  } else {
    expect(outcome.ok ? outcome.body : { errorName: outcome.errorName, message: outcome.message }, label).to.deep.equal(wanted);
  }
}

describe('tagging: DynamoDB Local and the simulator', function () {
  this.timeout(60_000);
  const name = uniqueTableName('tags-diff');

  after(async () => {
    await localOutcome('DeleteTable', { TableName: name });
  });

  it('runs the same tagging requests on both and holds the simulator to DynamoDB', async () => {
    const context: TableOperationContext = { catalog: new TableCatalog(), clock: { now: () => Date.UTC(2026, 0, 1) }, region: 'us-east-1', accountId: '000000000000' };
    let localArn = '';
    let simulatorArn = '';
    for (const [index, step] of steps.entries()) {
      const label = `step ${index + 1}: ${step.operation}`;
      const local = await localOutcome(step.operation, step.request(name, localArn));
      const simulated = simulatorOutcome(context, step.operation, step.request(name, simulatorArn));
      localArn = arnOf(local) ?? localArn;
      simulatorArn = arnOf(simulated) ?? simulatorArn;
      if (step.local === 'same') {
        expect(comparable(simulated), label).to.deep.equal(comparable(local));
      } else if (step.local === 'ok') {
        expect(local.ok, `${label}: DynamoDB Local ${JSON.stringify(local)}`).to.equal(true);
      } else {
        expect(local, `${label}: DynamoDB Local`).to.deep.equal(step.local);
      }
      if (step.simulator !== undefined) {
        expectWanted(simulated, step.simulator, (text) => text.replace('<name>', name).replace('<arn>', simulatorArn), label);
      }
    }
  });
});
