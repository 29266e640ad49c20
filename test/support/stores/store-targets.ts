/** The storages the contract runs use: a fresh simulator, or DynamoDB Local through the AWS adapter. */
import { createAwsDynamoDbPort, type AwsDynamoDbPort } from '../../../adapters/aws/create-aws-dynamo-db-port.js';
import { createSimulator } from '../../../adapters/simulator/create-simulator.js';
import { dynamoDbLocalEndpoint } from '../dynamo-db-local-endpoint.js';
import type { OpenTarget } from './library-stores.js';

export const simulatorTarget: OpenTarget = () => {
  const simulator = createSimulator();
  return Promise.resolve({ port: simulator.port, provisioning: simulator.port, close: () => Promise.resolve() });
};

export function dynamoDbLocalPort(): AwsDynamoDbPort {
  return createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: { accessKeyId: 'contract', secretAccessKey: 'contract' } });
}

export const dynamoDbLocalTarget: OpenTarget = () => {
  const port = dynamoDbLocalPort();
  return Promise.resolve({
    port,
    provisioning: port,
    close: () => {
      port.close();
      return Promise.resolve();
    },
  });
};
