/**
 * `npm run simulator -- --port <n>`: the in-memory DynamoDB simulator as an HTTP endpoint on
 * 127.0.0.1, for any DynamoDB client in place of DynamoDB Local. Prints its URL when ready and
 * stops on SIGINT or SIGTERM. Items whose TTL has passed are swept every `--ttl-sweep-seconds`
 * (default 60; 0 never).
 */
import { parseArgs } from 'node:util';
import { createSimulator } from '../../adapters/simulator/create-simulator.js';

const USAGE = 'usage: npm run simulator -- [--port <0-65535, default 8000>] [--region <name, default us-east-1>] [--ttl-sweep-seconds <n, default 60>]';

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function wholeNumber(text: string, option: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) > max) fail(`--${option} must be a whole number from 0 to ${max}, got ${JSON.stringify(text)}`);
  return Number(text);
}

async function main(): Promise<void> {
  const { values } = (() => {
    try {
      return parseArgs({
        options: {
          port: { type: 'string', default: '8000' },
          region: { type: 'string', default: 'us-east-1' },
          'ttl-sweep-seconds': { type: 'string', default: '60' },
          help: { type: 'boolean', default: false },
        },
        strict: true,
      });
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  })();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = wholeNumber(values.port, 'port', 65_535);
  const sweepSeconds = wholeNumber(values['ttl-sweep-seconds'], 'ttl-sweep-seconds', 86_400);
  const simulator = createSimulator({ region: values.region, ttlSweep: sweepSeconds === 0 ? 'manual' : { intervalMs: sweepSeconds * 1000 } });
  const server = await simulator.listen(port);
  console.log(`DynamoDB simulator listening at ${server.url}`);
  const stop = (): void => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The simulator could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
