/**
 * The DynamoDB ports the store tests run on: DynamoDB Local through the AWS adapter always, and
 * the in-memory simulator once its factory exists (it is being built alongside).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAwsDynamoDbPort } from '../../../../../adapters/aws/create-aws-dynamo-db-port.js';
import type { DynamoDbPort } from '../../../../../ports/dynamo-db-port.js';
import { dynamoDbLocalEndpoint } from '../../../../support/dynamo-db-local-endpoint.js';

export interface PortUnderTest {
  readonly name: string;
  /** A port for one test file; `close` releases it. */
  open(): Promise<{ readonly port: DynamoDbPort; readonly close: () => void }>;
}

const dynamoDbLocal: PortUnderTest = {
  name: 'DynamoDB Local',
  open: () => {
    const port = createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    return Promise.resolve({ port, close: () => { port.close(); } });
  },
};

const simulatorModule = new URL('../../../../../adapters/simulator/create-simulator.js', import.meta.url);

function simulatorSource(): string {
  return fileURLToPath(simulatorModule).replace(/\.js$/, '.ts');
}

interface SimulatorModule {
  readonly createSimulator: (options?: object) => { readonly port: DynamoDbPort };
}

function isSimulatorModule(value: unknown): value is SimulatorModule {
  return typeof value === 'object' && value !== null && typeof (value as { createSimulator?: unknown }).createSimulator === 'function';
}

const simulator: PortUnderTest = {
  name: 'simulator',
  open: async () => {
    const module: unknown = await import(simulatorModule.href);
    if (!isSimulatorModule(module)) throw new Error('adapters/simulator/create-simulator does not export createSimulator');
    return { port: module.createSimulator().port, close: () => undefined };
  },
};

/** Set STORE_TESTS_PORTS=local to run on DynamoDB Local only. */
export function portsUnderTest(): readonly PortUnderTest[] {
  const wanted = process.env['STORE_TESTS_PORTS'];
  const simulatorExists = existsSync(simulatorSource()) || existsSync(fileURLToPath(simulatorModule));
  return [dynamoDbLocal, ...(simulatorExists && wanted !== 'local' ? [simulator] : [])];
}
