/**
 * Records through the AWS adapter against DynamoDB Local with canary credentials and a canary in
 * a redacted attribute, then searches the cassette file for them. Needs DynamoDB Local (the
 * global fixture).
 */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAwsDynamoDbPort } from '../../../../adapters/aws/create-aws-dynamo-db-port.js';
import { createRecordReplayPort } from '../../../../adapters/record-replay/create-record-replay-port.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { dynamoDbLocalEndpoint } from '../../../support/dynamo-db-local-endpoint.js';
import { withoutRunDependentFields } from './support/fixtures.js';
import { uniqueTableName } from '../../../support/unique-table-name.js';

const CANARIES = {
  accessKeyId: 'CANARYKEYID7Q2Z',
  secretAccessKey: 'canary-secret-access-key-8f3e2d1c',
  sessionToken: 'canary-session-token-5a4b3c2d',
  password: 'canary-password-6e5d4c3b',
};

async function steps(port: DynamoDbPort, table: string): Promise<unknown[]> {
  const outcomes: unknown[] = [];
  const note = async (call: () => Promise<unknown>): Promise<void> => {
    try {
      outcomes.push(await call());
    } catch (error) {
      if (!DynamoDbError.is(error)) throw error;
      const { cause: _cause, ...details } = error.details();
      outcomes.push(details);
    }
  };
  await note(() => port.createTable({ TableName: table, AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));
  await note(() => port.putItem({ TableName: table, Item: { id: 'user', password: CANARIES.password, name: 'visible name' } }));
  await note(() => port.getItem({ TableName: table, Key: { id: 'user' } }));
  await note(() => port.putItem({ TableName: table, Item: { id: 'user', password: CANARIES.password }, ConditionExpression: 'attribute_not_exists(id)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
  await note(() => port.updateItem({ TableName: table, Key: { id: 'user' }, UpdateExpression: 'SET password = :p', ExpressionAttributeValues: { ':p': CANARIES.password } }));
  await note(() => port.transactWriteItems({ TransactItems: [{ ConditionCheck: { TableName: table, Key: { id: 'user' }, ConditionExpression: 'password <> :p', ExpressionAttributeValues: { ':p': CANARIES.password }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } }] }));
  await note(() => port.getItem({ TableName: `${table}-missing`, Key: { id: 'user' } }));
  await note(() => port.deleteTable({ TableName: table }));
  return outcomes;
}

describe('record/replay port: nothing secret reaches the cassette', () => {
  let directory = '';
  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'record-replay-secrets-'));
  });
  after(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('records through the AWS adapter with canary credentials and a redacted canary, and neither is in the file', async function () {
    this.timeout(60_000);
    const cassette = join(directory, 'canary.json');
    const target = createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: { accessKeyId: CANARIES.accessKeyId, secretAccessKey: CANARIES.secretAccessKey, sessionToken: CANARIES.sessionToken } });
    const table = uniqueTableName('canary');
    const recorder = createRecordReplayPort({ mode: 'record', cassette, target, redact: ['password'] });
    let recorded: unknown[];
    try {
      recorded = await steps(recorder, table);
      await recorder.close();
    } finally {
      target.close();
    }
    expect(JSON.stringify(recorded)).to.include('ConditionalCheckFailed');
    const text = readFileSync(cassette, 'utf8');
    for (const [name, canary] of Object.entries(CANARIES)) expect(text, name).not.to.include(canary);
    for (const wireSecret of ['Signature=', 'Credential=', 'X-Amz-', 'Authorization', 'aws4_request']) expect(text).not.to.include(wireSecret);
    expect(text).to.include('visible name');
    expect(text).to.include('"TransactionCanceledException"');

    const player = createRecordReplayPort({ mode: 'replay', cassette, redact: ['password'] });
    expect(withoutRunDependentFields(await steps(player, table))).to.deep.equal(withoutRunDependentFields(recorded));
    player.assertAllReplayed();
  });
});
