/**
 * The two sides of a differential run, both the raw @aws-sdk/client-dynamodb client with dummy
 * credentials, us-east-1 and no retries: the simulator (through its SDK request handler or its
 * HTTP server) and DynamoDB Local. Each run uses a fresh access key: DynamoDB Local (started
 * without -sharedDb) keeps one database per access key and region, so a run sees only its own
 * tables and ListTables compares exactly.
 */
import * as ddb from '@aws-sdk/client-dynamodb';
import { createSimulator, type Simulator } from '../../../adapters/simulator/create-simulator.js';
import { dynamoDbLocalEndpoint } from '../../support/dynamo-db-local-endpoint.js';
import { failure, success, type Outcome } from './outcome.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

export type SimulatorFront = 'request-handler' | 'http-server';

export interface Side {
  send(operation: string, input: Record<string, unknown>): Promise<Outcome>;
}

export interface DifferentialTargets {
  readonly simulator: Side;
  readonly local: Side;
  /** The access key of this run (DynamoDB Local's database). */
  readonly accessKeyId: string;
  close(): Promise<void>;
}

type CommandClass = new (input: unknown) => ddb.GetItemCommand;
const COMMANDS = ddb as unknown as Readonly<Record<string, CommandClass | undefined>>;

/** Error members that carry data (the SDK copies the error body onto the exception). */
const ERROR_DATA = ['Item', 'CancellationReasons'] as const;

async function sendThrough(client: ddb.DynamoDBClient, operation: string, input: Record<string, unknown>): Promise<Outcome> {
  const Command = COMMANDS[`${operation}Command`];
  if (Command === undefined) throw new Error(`the SDK has no command for ${operation}`);
  try {
    const { $metadata: _metadata, ...response } = (await client.send(new Command(input))) as unknown as Record<string, unknown>;
    return success(response);
  } catch (error) {
    if (!(error instanceof ddb.DynamoDBServiceException)) {
      // A side that cannot be reached is a broken run, not a difference.
      if (typeof (error as { code?: unknown }).code === 'string') throw error;
      // The SDK refused to send (its serialiser): the same on both sides, so compared like an answer.
      return failure(`client:${(error as Error).name}`, (error as Error).message);
    }
    const extras: Record<string, unknown> = {};
    for (const member of ERROR_DATA) {
      const value = (error as unknown as Record<string, unknown>)[member];
      if (value !== undefined) extras[member] = value;
    }
    return failure(error.name, error.message, extras);
  }
}

let runs = 0;

function side(client: ddb.DynamoDBClient): Side {
  return { send: (operation, input) => sendThrough(client, operation, input) };
}

export async function createDifferentialTargets(front: SimulatorFront): Promise<DifferentialTargets> {
  runs += 1;
  // DynamoDB Local accepts access keys of letters and digits only.
  const accessKeyId = `diff${Date.now().toString(36)}${process.pid.toString(36)}${runs.toString(36)}`;
  const base = { region: 'us-east-1', credentials: { accessKeyId, secretAccessKey: 'differential' }, maxAttempts: 1 };
  const simulator: Simulator = createSimulator();
  const server = front === 'http-server' ? await simulator.listen(0) : undefined;
  const simulatorClient = new ddb.DynamoDBClient(server === undefined ? { ...base, requestHandler: simulator.requestHandler } : { ...base, endpoint: server.url });
  const localClient = new ddb.DynamoDBClient({ ...base, endpoint: dynamoDbLocalEndpoint() });
  return {
    simulator: side(simulatorClient),
    local: side(localClient),
    accessKeyId,
    async close() {
      simulatorClient.destroy();
      localClient.destroy();
      await simulator.close();
    },
  };
}
