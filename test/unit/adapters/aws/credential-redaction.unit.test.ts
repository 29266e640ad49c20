import { expect } from 'chai';
import { inspect } from 'node:util';
import { createAwsDynamoDbPort, type AwsDynamoDbPort } from '../../../../adapters/aws/create-aws-dynamo-db-port.js';
import { RedactedCredentials } from '../../../../adapters/aws/redacted-credentials.js';
import { SecretString } from '../../../../adapters/aws/secret-string.js';
import { createInMemoryTelemetry } from '../../../../adapters/telemetry/create-in-memory-telemetry.js';
import { withTelemetry } from '../../../../adapters/telemetry/with-telemetry.js';
import { fakeDynamoDbEndpoint, type FakeEndpoint } from './fake-dynamo-db-endpoint.js';

// Canaries: none of these may appear anywhere we print. The key id has the shape of a real one.
const KEY_ID = 'AKIACANARY0KEY0ID000';
const SECRET = 'canary-secret-9f8e7d6c5b4a';
const TOKEN = 'canary-session-token-0a1b2c';
const CANARIES = [KEY_ID, SECRET, TOKEN];

/** Every way we (or a user) might print something. */
function printed(value: unknown): string[] {
  const forms = [String(value), inspect(value), inspect(value, { showHidden: true, depth: null, getters: true }), JSON.stringify(value)];
  if (value instanceof Error) forms.push(value.message, value.stack ?? '');
  return forms;
}

function expectNoCanary(label: string, value: unknown): void {
  for (const form of printed(value)) {
    for (const canary of CANARIES) expect(form, `${label} shows ${canary}`).not.to.include(canary);
  }
}

describe('credential redaction', () => {
  let fake: FakeEndpoint;
  beforeEach(async () => {
    // A "service" that quotes the request's headers, the secret and the token back in its errors.
    fake = await fakeDynamoDbEndpoint((request) => ({
      status: 400,
      json: {
        __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
        message: `bad signature for ${request.authorization} token ${request.headers['x-amz-security-token'] ?? ''} secret ${SECRET}`,
        CancellationReasons: [{ Code: 'ValidationError', Message: `reason quoting ${SECRET} and ${KEY_ID}` }],
      },
    }));
  });
  afterEach(async () => { await fake.close(); });

  const sources: [string, () => AwsDynamoDbPort][] = [
    ['static credentials', () => createAwsDynamoDbPort({ region: 'us-east-1', endpoint: fake.endpoint, credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN } })],
    ['a credentials provider', () => createAwsDynamoDbPort({ region: 'us-east-1', endpoint: fake.endpoint, credentials: () => Promise.resolve({ accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN }) })],
  ];
  for (const [source, create] of sources) {
    it(`keeps ${source} out of errors, the port and telemetry, while signing with them`, async () => {
      const port = create();
      const telemetry = createInMemoryTelemetry({ level: 'trace' });
      const observed = withTelemetry(port, telemetry);
      const error = await observed.transactWriteItems({ TransactItems: [{ Put: { TableName: 't', Item: { pk: 'a' } } }] }).then(() => undefined, (thrown: unknown) => thrown);
      port.close();

      // The request was signed with the canaries: redaction is not a failure to use them.
      expect(fake.requests[0]?.authorization).to.include(`Credential=${KEY_ID}/`);
      expect(fake.requests[0]?.headers['x-amz-security-token']).to.equal(TOKEN);

      expect(error).to.be.instanceOf(Error);
      expect((error as Error).message).to.include('[redacted]');
      expectNoCanary('the error', error);
      expectNoCanary('the port', port);
      expectNoCanary('the decorated port', observed);
      expectNoCanary('the telemetry logs', telemetry.logs);
      expectNoCanary('the telemetry spans', telemetry.spans);
      expectNoCanary('the telemetry metrics', telemetry.series);
    });
  }

  it('wraps kept credentials so that they redact themselves', () => {
    const credentials = new RedactedCredentials({ accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN });
    expectNoCanary('RedactedCredentials', credentials);
    expectNoCanary('an object holding them', { credentials, nested: [credentials] });
    expect(String(credentials)).to.equal('RedactedCredentials([redacted])');
    expect(credentials.identity()).to.deep.equal({ accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN });
    expect(credentials.scrub(`key ${KEY_ID} secret ${SECRET}`)).to.equal('key [redacted] secret [redacted]');

    const secret = new SecretString(SECRET);
    expectNoCanary('SecretString', secret);
    expect(`${String(secret)} ${JSON.stringify({ secret })}`).to.equal('[redacted] {"secret":"[redacted]"}');
    expect(secret.reveal()).to.equal(SECRET);
  });

  it('scrubs no text of values too short to be credentials, so that messages stay intact', () => {
    const local = new RedactedCredentials({ accessKeyId: 'x', secretAccessKey: 'contract' });
    expect(local.scrub('Requested resource not found: Table: contract-x not found')).to.equal('Requested resource not found: Table: contract-x not found');
    for (const form of printed(local)) expect(form).not.to.include('contract');
    expect(String(local)).to.equal('RedactedCredentials([redacted])');
  });
});
