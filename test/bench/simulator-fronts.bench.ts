/**
 * The simulator's fronts on the key-value workload (1 KB items, half conditional puts,
 * half consistent gets), each path measured the same way:
 *
 *   (a) the simulator through the DynamoDB port, in process;
 *   (b) the AWS adapter (lib-dynamodb and the SDK client, unmodified) over the simulator's SDK
 *       request handler, without a socket;
 *   (d) the same AWS adapter over a request handler that returns fixed responses: the floor of any
 *       path through the SDK.
 *
 * (c), DynamoDB Local through the AWS adapter, is measured by the main benchmark. Targets: (a) at
 * least 200 times (c); (b) at least 0.8 of (d). Figures are printed, never asserted. Times are CPU
 * time of this process per operation (everything runs in process, so this is the work done, and
 * other processes on a busy machine do not count), with the best of several rounds. CPU time
 * includes the garbage collector's helper threads, which work harder on (b) than on (d): the
 * simulator keeps what is written, a fixed response keeps nothing.
 *
 *   node --import tsx test/bench/simulator-fronts.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { createAwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import { createSimulator, type Simulator } from '../../adapters/simulator/create-simulator.js';
import type { SimulatorRequestHandler } from '../../adapters/simulator/fronts/wire/simulator-request-handler.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { BenchReport } from './bench-report.js';
import { createWorkloadTable, kvOperation } from './kv-workload.js';

const CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' };

export interface FrontsFigures {
  /** CPU microseconds per operation. */
  readonly portMicros: number;
  readonly requestHandlerMicros: number;
  readonly fixedResponseMicros: number;
}

/** A handler answering every GetItem with the same 1 KB item and every PutItem with `{}`. */
function fixedResponseHandler(): SimulatorRequestHandler {
  const getBody = Buffer.from(JSON.stringify({ Item: { pk: { S: 'fixed' }, payload: { S: 'x'.repeat(1000) }, n: { N: '1' } } }));
  const emptyBody = Buffer.from('{}');
  const headers = { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'FIXED' };
  return {
    metadata: { handlerProtocol: 'http/1.1' },
    handle: (request) => {
      const target = request.headers['x-amz-target'] ?? '';
      return Promise.resolve({ response: { statusCode: 200, headers, body: target.endsWith('.GetItem') ? getBody : emptyBody } });
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
}

function sdkPort(requestHandler: SimulatorRequestHandler): DynamoDbPort {
  return createAwsDynamoDbPort({ requestHandler, region: 'us-east-1', credentials: CREDENTIALS });
}

let runs = 0;

/** CPU microseconds per operation over one round of `count` operations, after a warm-up. */
async function cpuMicros(port: DynamoDbPort, tableName: string, count: number): Promise<number> {
  runs += 1;
  const operation = kvOperation(port, tableName, `r${runs}`);
  for (let index = 0; index < Math.min(2000, count); index += 1) await operation(-1 - index);
  const started = process.cpuUsage();
  for (let index = 0; index < count; index += 1) await operation(index);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / count;
}

async function freshTable(): Promise<Simulator> {
  const simulator = createSimulator();
  await createWorkloadTable(simulator.port, 'bench-fronts');
  return simulator;
}

/**
 * The best of `rounds` rounds per path. (b) and (d) alternate, so that the heap (which grows as
 * the simulator stores items) and the JIT's state weigh on both alike.
 */
export async function measureSimulatorFronts(options: { readonly count?: number; readonly rounds?: number } = {}): Promise<FrontsFigures> {
  const count = options.count ?? 20_000;
  const rounds = options.rounds ?? 5;
  let portMicros = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    const simulator = await freshTable();
    portMicros = Math.min(portMicros, await cpuMicros(simulator.port, 'bench-fronts', count * 4));
  }
  const simulator = await freshTable();
  const viaHandler = sdkPort(simulator.requestHandler);
  const fixed = sdkPort(fixedResponseHandler());
  let requestHandlerMicros = Number.POSITIVE_INFINITY;
  let fixedResponseMicros = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    requestHandlerMicros = Math.min(requestHandlerMicros, await cpuMicros(viaHandler, 'bench-fronts', count));
    fixedResponseMicros = Math.min(fixedResponseMicros, await cpuMicros(fixed, 'bench-fronts', count));
  }
  await simulator.close();
  return { portMicros, requestHandlerMicros, fixedResponseMicros };
}

/** Adds the figures to a report, the (b)/(d) ratio with its target. */
export function reportSimulatorFronts(report: BenchReport, figures: FrontsFigures): void {
  report.add({ section: 'fronts', name: '(a) simulator through the port', value: figures.portMicros, unit: 'µs/op (CPU)' });
  report.add({ section: 'fronts', name: '(b) AWS adapter over the simulator request handler', value: figures.requestHandlerMicros, unit: 'µs/op (CPU)' });
  report.add({ section: 'fronts', name: '(d) AWS adapter over a fixed-response handler', value: figures.fixedResponseMicros, unit: 'µs/op (CPU)' });
  const ratio = figures.fixedResponseMicros / figures.requestHandlerMicros;
  report.add({ section: 'fronts', name: 'throughput (b) / (d)', value: ratio, unit: 'x', target: '>= 0.8', met: ratio >= 0.8 });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  const report = new BenchReport();
  reportSimulatorFronts(report, await measureSimulatorFronts());
}
