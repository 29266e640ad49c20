/**
 * The DynamoDB port contract on the AWS adapter, against the DynamoDB Local of the test run.
 * DynamoDB Local answers in a few milliseconds, so the properties can search harder here than
 * the suite's modest defaults: about 17,000 requests, under a minute once DynamoDB Local is warm.
 */
import { createAwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import { describeDynamoDbPortContract } from '../contracts/index.js';
import { dynamoDbLocalEndpoint } from '../support/dynamo-db-local-endpoint.js';

describeDynamoDbPortContract('AWS adapter on DynamoDB Local', () => {
  const port = createAwsDynamoDbPort({
    endpoint: dynamoDbLocalEndpoint(),
    region: 'us-east-1',
    credentials: { accessKeyId: 'contract', secretAccessKey: 'contract' },
  });
  return Promise.resolve({
    port,
    dispose: () => {
      port.close();
      return Promise.resolve();
    },
  });
}, { numRuns: 75, maxCommands: 25 });
