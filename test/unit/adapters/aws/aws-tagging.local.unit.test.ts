/**
 * The tagging operations through the AWS adapter (the SDK's TagResource, UntagResource and
 * ListTagsOfResource commands): against the simulator's HTTP server, which answers as DynamoDB
 * does, and against DynamoDB Local, which has no tagging API. The same calls through the
 * simulator's in-process port must give the same results as through the wire. Run with
 * `--require test/support/global-fixtures.ts`.
 */
import { expect } from 'chai';
import { createAwsDynamoDbPort, type AwsDynamoDbPort } from '../../../../adapters/aws/create-aws-dynamo-db-port.js';
import { createSimulator, type Simulator } from '../../../../adapters/simulator/create-simulator.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { dynamoDbLocalEndpoint } from '../../../support/dynamo-db-local-endpoint.js';
import { uniqueTableName } from '../../../support/unique-table-name.js';

const CREDENTIALS = { accessKeyId: 'x', secretAccessKey: 'y' };

async function failureOf(call: Promise<unknown>): Promise<DynamoDbError> {
  const outcome = await call.then(() => undefined, (error: unknown) => error);
  if (!DynamoDbError.is(outcome)) throw new Error(`expected a DynamoDbError, got ${String(outcome)}`);
  return outcome;
}

async function createTagged(port: DynamoDbPort, tableName: string): Promise<string> {
  const created = await port.createTable({
    TableName: tableName,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    Tags: [{ Key: 'team', Value: 'core' }],
  });
  const arn = created.TableDescription?.TableArn;
  if (arn === undefined) throw new Error('CreateTable answered without a TableArn');
  return arn;
}

/** The same scenario on any port; returns what it observed, for comparison across fronts. */
async function tagScenario(port: DynamoDbPort, tableName: string): Promise<unknown[]> {
  const arn = await createTagged(port, tableName);
  const seen: unknown[] = [];
  seen.push(await port.listTagsOfResource({ ResourceArn: arn }));
  seen.push(await port.tagResource({ ResourceArn: arn, Tags: [{ Key: 'team', Value: 'platform' }, { Key: 'cost', Value: '42' }] }));
  seen.push(await port.untagResource({ ResourceArn: arn, TagKeys: ['absent'] }));
  seen.push(await port.listTagsOfResource({ ResourceArn: arn }));
  seen.push(await port.untagResource({ ResourceArn: arn, TagKeys: ['team'] }));
  seen.push(await port.listTagsOfResource({ ResourceArn: arn }));
  const refused = await failureOf(port.tagResource({ ResourceArn: arn, Tags: [{ Key: 'aws:reserved', Value: '' }] }));
  seen.push({ errorName: refused.errorName, kind: refused.kind, message: refused.message });
  const missing = arn.replace(tableName, `${tableName}-missing`);
  const notFound = await failureOf(port.listTagsOfResource({ ResourceArn: missing }));
  seen.push({ errorName: notFound.errorName, kind: notFound.kind, reason: notFound.reason, message: notFound.message });
  return seen;
}

describe('tagging through the AWS adapter', function () {
  this.timeout(60_000);

  describe('on the simulator\'s HTTP server', () => {
    let simulator: Simulator;
    let port: AwsDynamoDbPort;

    beforeEach(async () => {
      simulator = createSimulator({ region: 'eu-west-1', accountId: '123456789012' });
      const server = await simulator.listen(0);
      port = createAwsDynamoDbPort({ endpoint: server.url, region: 'eu-west-1', credentials: CREDENTIALS });
    });

    afterEach(async () => {
      port.close();
      await simulator.close();
    });

    it('tags, lists and untags as DynamoDB does, and answers alike in process and on the wire', async () => {
      const wire = await tagScenario(port, 'tagged');
      const missingArn = 'arn:aws:dynamodb:eu-west-1:123456789012:table/tagged-missing';
      expect(wire).to.deep.equal([
        { Tags: [{ Key: 'team', Value: 'core' }] },
        {},
        {},
        { Tags: [{ Key: 'team', Value: 'platform' }, { Key: 'cost', Value: '42' }] },
        {},
        { Tags: [{ Key: 'cost', Value: '42' }] },
        { errorName: 'ValidationException', kind: 'validation', message: 'Tag Key cannot be prefixed with aws:, Key: aws:reserved' },
        { errorName: 'ResourceNotFoundException', kind: 'service', reason: 'ResourceNotFound', message: `Requested resource not found: ResourceArn: ${missingArn} not found` },
      ]);
      const inProcessSimulator = createSimulator({ region: 'eu-west-1', accountId: '123456789012' });
      try {
        expect(await tagScenario(inProcessSimulator.port, 'tagged')).to.deep.equal(wire);
      } finally {
        await inProcessSimulator.close();
      }
    });

    it('refuses another account\'s table as DynamoDB does, with AccessDeniedException', async () => {
      await createTagged(port, 'tagged');
      const denied = await failureOf(port.listTagsOfResource({ ResourceArn: 'arn:aws:dynamodb:eu-west-1:999999999999:table/tagged' }));
      expect({ errorName: denied.errorName, kind: denied.kind, message: denied.message }).to.deep.equal({ errorName: 'AccessDeniedException', kind: 'authentication', message: 'Access is denied' });
    });
  });

  describe('on DynamoDB Local', () => {
    let port: AwsDynamoDbPort;
    const tableName = uniqueTableName('aws-tags');

    before(() => {
      port = createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: CREDENTIALS });
    });

    after(async () => {
      await port.deleteTable({ TableName: tableName }).catch(() => undefined);
      port.close();
    });

    it('reports the missing tagging API as a typed UnsupportedOperation error for each operation', async () => {
      // DynamoDB Local accepts Tags at CreateTable (and keeps none), and has no tagging operations.
      const arn = await createTagged(port, tableName);
      const calls = [
        () => port.tagResource({ ResourceArn: arn, Tags: [{ Key: 'k', Value: 'v' }] }),
        () => port.untagResource({ ResourceArn: arn, TagKeys: ['k'] }),
        () => port.listTagsOfResource({ ResourceArn: arn }),
      ];
      for (const call of calls) {
        const error = await failureOf(call());
        expect({ errorName: error.errorName, kind: error.kind, reason: error.reason, retryable: error.retryable, message: error.message }).to.deep.equal({
          errorName: 'UnknownOperationException',
          kind: 'configuration',
          reason: 'UnsupportedOperation',
          retryable: false,
          message: 'Tagging is not currently supported in DynamoDB Local.',
        });
      }
    });
  });
});
