/**
 * The DynamoDB port contract on the simulator, through both of its fronts: the port in process,
 * and DynamoDB's wire protocol under the unmodified AWS SDK (the AWS adapter over the simulator's
 * request handler, no socket). The simulator answers in microseconds, so the properties search
 * much harder here than on DynamoDB Local.
 */
import { createAwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import { createSimulator } from '../../adapters/simulator/create-simulator.js';
import { describeDynamoDbPortContract } from '../contracts/index.js';

describeDynamoDbPortContract('simulator (port front)', () => {
  const simulator = createSimulator();
  return Promise.resolve({ port: simulator.port, dispose: () => simulator.close() });
}, { numRuns: 300, maxCommands: 30 });

describeDynamoDbPortContract('simulator (wire front under the AWS SDK)', () => {
  const simulator = createSimulator();
  const port = createAwsDynamoDbPort({ requestHandler: simulator.requestHandler, region: 'us-east-1', credentials: { accessKeyId: 'contract', secretAccessKey: 'contract' } });
  return Promise.resolve({
    port,
    dispose: async () => {
      port.close();
      await simulator.close();
    },
  });
}, { numRuns: 60, maxCommands: 25 });
