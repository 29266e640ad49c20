import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { expect } from 'chai';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAwsDynamoDbPort, type AwsDynamoDbPort } from '../../../../adapters/aws/create-aws-dynamo-db-port.js';
import type { AwsDynamoDbOptions } from '../../../../adapters/aws/aws-dynamo-db-options.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { dynamoDbError, fakeDynamoDbEndpoint, type Answer, type FakeEndpoint } from './fake-dynamo-db-endpoint.js';

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example' };

async function failureOf(call: Promise<unknown>): Promise<DynamoDbError> {
  const outcome = await call.then(() => undefined, (error: unknown) => error);
  if (!DynamoDbError.is(outcome)) throw new Error(`expected a DynamoDbError, got ${String(outcome)}`);
  return outcome;
}

/** Runs `body` with only the given AWS variables set, and no shared config files to fall back on. */
async function withAwsEnvironment<T>(variables: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) Reflect.deleteProperty(process.env, name);
  const empty = mkdtempSync(join(tmpdir(), 'no-aws-config-'));
  Object.assign(process.env, {
    AWS_CONFIG_FILE: join(empty, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(empty, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...variables,
  });
  try {
    return await body();
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) Reflect.deleteProperty(process.env, name);
    Object.assign(process.env, saved);
  }
}

describe('createAwsDynamoDbPort', () => {
  let fake: FakeEndpoint;
  let port: AwsDynamoDbPort;
  let answer: Answer;

  function connect(options: AwsDynamoDbOptions = {}): AwsDynamoDbPort {
    port.close();
    port = createAwsDynamoDbPort({ region: 'us-east-1', endpoint: fake.endpoint, credentials: CREDENTIALS, ...options });
    return port;
  }

  beforeEach(async () => {
    answer = { status: 200, json: {} };
    fake = await fakeDynamoDbEndpoint(() => answer);
    port = createAwsDynamoDbPort({ region: 'us-east-1', endpoint: fake.endpoint, credentials: CREDENTIALS });
  });
  afterEach(async () => {
    port.close();
    await fake.close();
  });

  it('sends document-shaped input through lib-dynamodb and returns the output without SDK metadata', async () => {
    answer = { status: 200, json: { Item: { pk: { S: 'a' }, n: { N: '42' }, tags: { SS: ['x', 'y'] } } } };
    expect(await port.getItem({ TableName: 'orders', Key: { pk: 'a' } })).to.deep.equal({ Item: { pk: 'a', n: 42, tags: new Set(['x', 'y']) } });
    expect(fake.requests[0]?.target).to.equal('DynamoDB_20120810.GetItem');
    expect(fake.requests[0]?.body).to.deep.equal({ TableName: 'orders', Key: { pk: { S: 'a' } } });
    answer = { status: 200, json: { TableNames: ['orders'] } };
    expect(await port.listTables({})).to.deep.equal({ TableNames: ['orders'] });
  });

  it('returns NumberValue for numbers when wrapNumbers is set', async () => {
    answer = { status: 200, json: { Item: { n: { N: '12345678901234567890.25' } } } };
    const output = await connect({ wrapNumbers: true }).getItem({ TableName: 'orders', Key: { pk: 'a' } });
    expect(output.Item?.['n']).to.be.instanceOf(NumberValue);
  });

  it('never retries inside the SDK: one request per call, whatever the error', async () => {
    answer = dynamoDbError('ThrottlingException', 'Rate of requests exceeds the allowed throughput.');
    const error = await failureOf(port.putItem({ TableName: 'orders', Item: { pk: 'a' } }));
    expect([error.kind, error.reason, error.retryable]).to.deep.equal(['throughput', 'Throttling', true]);
    answer = { status: 500, json: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' } };
    expect((await failureOf(port.putItem({ TableName: 'orders', Item: { pk: 'a' } }))).reason).to.equal('InternalServerError');
    expect(fake.requests).to.have.length(2);
  });

  it('turns a value lib-dynamodb cannot marshal into a validation error, before anything is sent', async () => {
    const error = await failureOf(port.putItem({ TableName: 'orders', Item: { pk: 'a', when: new Date(0) as never } }));
    expect([error.kind, error.reason, error.errorName, error.retryable]).to.deep.equal(['validation', 'InvalidParameter', 'MarshallingError', false]);
    expect(error.message).to.include('Unsupported type passed');
    const empty = await failureOf(port.putItem({ TableName: 'orders', Item: { pk: 'a', tags: new Set<string>() } }));
    expect(empty.errorName).to.equal('MarshallingError');
    expect(fake.requests).to.have.length(0);
  });

  it('turns a response it cannot convert into a validation error that says DynamoDB processed the request', async () => {
    answer = { status: 200, json: { Attributes: { n: { N: '1.5E+200' } } } };
    const error = await failureOf(port.putItem({ TableName: 'orders', Item: { pk: 'a' }, ReturnValues: 'ALL_OLD' }));
    expect([error.kind, error.reason, error.errorName]).to.deep.equal(['validation', 'TypeMismatch', 'UnmarshallingError']);
    expect(error.message).to.include('DynamoDB processed the request');
  });

  it('carries the old item of a failed condition, unmarshalled like any output', async () => {
    answer = dynamoDbError('ConditionalCheckFailedException', 'The conditional request failed', { Item: { pk: { S: 'a' }, v: { N: '3' } } });
    const error = await failureOf(port.putItem({ TableName: 'orders', Item: { pk: 'a' }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
    expect(DynamoDbError.isConditionFailed(error)).to.equal(true);
    expect(error.item).to.deep.equal({ pk: 'a', v: 3 });
  });

  it('maps lost connections, 5xx pages and timeouts to retryable service errors', async () => {
    answer = 'reset';
    expect((await failureOf(port.getItem({ TableName: 'orders', Key: { pk: 'a' } }))).reason).to.equal('Network');
    answer = { status: 503, text: '<html>Service Unavailable</html>' };
    const unavailable = await failureOf(port.getItem({ TableName: 'orders', Key: { pk: 'a' } }));
    expect([unavailable.reason, unavailable.retryable]).to.deep.equal(['ServiceUnavailable', true]);
    answer = 'hang';
    const timedOut = await failureOf(connect({ requestTimeoutMs: 150 }).getItem({ TableName: 'orders', Key: { pk: 'a' } }));
    expect([timedOut.kind, timedOut.reason, timedOut.retryable]).to.deep.equal(['service', 'Timeout', true]);
  });

  it('maps a refused connection to a retryable Network error', async () => {
    const closed = createAwsDynamoDbPort({ region: 'us-east-1', endpoint: 'http://127.0.0.1:1', credentials: CREDENTIALS });
    const error = await failureOf(closed.getItem({ TableName: 'orders', Key: { pk: 'a' } }));
    closed.close();
    expect([error.kind, error.reason, error.retryable]).to.deep.equal(['service', 'Network', true]);
  });

  it('reports missing credentials and a missing region as authentication and configuration errors', async () => {
    await withAwsEnvironment({}, async () => {
      const noCredentials = createAwsDynamoDbPort({ region: 'us-east-1', endpoint: fake.endpoint });
      const error = await failureOf(noCredentials.listTables({}));
      noCredentials.close();
      expect([error.kind, error.reason, error.retryable]).to.deep.equal(['authentication', 'CredentialsNotFound', false]);
      const noRegion = createAwsDynamoDbPort({ endpoint: fake.endpoint, credentials: CREDENTIALS });
      const regionError = await failureOf(noRegion.getItem({ TableName: 'orders', Key: { pk: 'a' } }));
      noRegion.close();
      expect([regionError.kind, regionError.reason]).to.deep.equal(['configuration', 'InvalidRegion']);
    });
    expect(fake.requests).to.have.length(0);
  });

  it('takes region and credentials from the standard chain (here the environment) when not given', async () => {
    await withAwsEnvironment({ AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIDFROMENV', AWS_SECRET_ACCESS_KEY: 'from-env' }, async () => {
      const fromChain = createAwsDynamoDbPort({ endpoint: fake.endpoint });
      await fromChain.listTables({});
      fromChain.close();
    });
    expect(fake.requests[0]?.authorization).to.include('Credential=AKIDFROMENV/').and.to.include('/eu-west-1/dynamodb/');
  });

  it('asks a credentials provider for credentials, and reports its failure as an authentication error', async () => {
    const provided = connect({ credentials: () => Promise.resolve({ accessKeyId: 'AKIDPROVIDED', secretAccessKey: 's' }) });
    await provided.listTables({});
    expect(fake.requests[0]?.authorization).to.include('Credential=AKIDPROVIDED/');
    const failing = connect({ credentials: () => Promise.reject(new Error('vault unreachable')) });
    const error = await failureOf(failing.listTables({}));
    expect([error.kind, error.reason, error.message]).to.deep.equal(['authentication', 'CredentialsNotFound', 'vault unreachable']);
  });

  it('refuses an endpoint that is not a URL and timeouts that are not whole milliseconds', () => {
    expect(() => createAwsDynamoDbPort({ endpoint: 'not a url' })).to.throw(DynamoDbError, 'endpoint must be a URL').with.property('reason', 'InvalidEndpoint');
    expect(() => createAwsDynamoDbPort({ requestTimeoutMs: -1 })).to.throw(DynamoDbError, 'requestTimeoutMs must be').with.property('reason', 'InvalidOption');
    expect(() => createAwsDynamoDbPort({ requestTimeoutMs: -1 })).to.throw(DynamoDbError, 'requestTimeoutMs');
  });
});
