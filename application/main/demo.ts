/**
 * `npm start`: an end-to-end scenario on the embedded simulator (ingestion with duplicates,
 * event sourcing with a resolved conflict and snapshots, delivery tracking with retries, TTL
 * expiry by moving the clock). `npm start -- --endpoint <url>` runs the same scenario on DynamoDB
 * Local or any DynamoDB endpoint, in tables of its own (created with a unique prefix).
 */
import { parseArgs } from 'node:util';
import type { Simulator } from '../../adapters/simulator/create-simulator.js';
import { createManualClock } from '../../adapters/simulator/manual-clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { closeContainer, createContainer } from '../container.js';
import type { ContainerOptions } from '../container-options.js';
import { TOKENS } from '../tokens.js';
import { appendEvents } from './demo/append-events.js';
import type { DemoContext } from './demo/demo-context.js';
import { ingestMessages } from './demo/ingest-messages.js';
import { trackDeliveries } from './demo/track-deliveries.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

function storageOf(endpoint: string | undefined): ContainerOptions {
  if (endpoint === undefined) return { storage: 'simulator' };
  return {
    storage: 'aws',
    endpoint,
    region: process.env['AWS_REGION'] ?? 'us-east-1',
    // DynamoDB Local accepts any credentials; a real endpoint uses the standard AWS chain.
    ...(/^https?:\/\/(localhost|127\.0\.0\.1)/.test(endpoint) && process.env['AWS_ACCESS_KEY_ID'] === undefined ? { credentials: { accessKeyId: 'demo', secretAccessKey: 'demo' } } : {}),
    provisionTables: true,
    tables: { prefix: `demo-${Date.now().toString(36)}-` },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { endpoint: { type: 'string' } } });
  const clock = createManualClock(Date.now());
  const container = createContainer({ ...storageOf(values.endpoint), clock });
  const simulator = container.isBound(TOKENS.Simulator) ? container.get<Simulator>(TOKENS.Simulator) : undefined;
  const context: DemoContext = {
    container,
    clock,
    sweepExpiredItems: simulator === undefined ? undefined : () => simulator.sweepExpiredItems(),
    say: (line) => { console.log(line); },
  };
  console.log(values.endpoint === undefined ? 'Running on the embedded DynamoDB simulator.\n' : `Running on ${values.endpoint}.\n`);
  try {
    // Fail at once, and plainly, when the endpoint is not there (rather than after retries).
    await container.get<DynamoDbPort>(TOKENS.RawDynamoDbPort).listTables({ Limit: 1 }).catch((error: unknown) => {
      throw new Error(`Cannot use ${values.endpoint ?? 'the simulator'}: ${error instanceof Error ? error.message : String(error)}`);
    });
    await ingestMessages(context);
    await appendEvents(context);
    await trackDeliveries(context);
  } finally {
    await closeContainer(container);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exitCode = 1;
});
