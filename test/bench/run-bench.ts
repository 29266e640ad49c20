/**
 * `npm run bench`: every figure the issues name, in one run, printed as a table and written to
 * bench-results.json (not tracked). Starts its own DynamoDB Local (or uses
 * DYNAMODB_LOCAL_ENDPOINT) and stops it. Figures are measured, never asserted: a target the
 * issues name is shown beside its figure with whether this run met it.
 */
import { writeFile } from 'node:fs/promises';
import { createAwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../adapters/dynamo-db-local/start-dynamo-db-local.js';
import { createSimulator } from '../../adapters/simulator/create-simulator.js';
import { BenchReport } from './bench-report.js';
import { createWorkloadTable, kvOperation } from './kv-workload.js';
import { measureSequential } from './measure.js';
import { runReplayBench } from './replay.bench.js';
import { runSimulatorScaling } from './simulator-scaling.bench.js';
import { measureSimulatorFronts, reportSimulatorFronts } from './simulator-fronts.bench.js';
import { runStoresBench } from './stores.bench.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

async function main(): Promise<void> {
  const report = new BenchReport();
  const started = new Date();
  let local: DynamoDbLocal | undefined;
  const endpoint = process.env['DYNAMODB_LOCAL_ENDPOINT'] ?? (local = await startDynamoDbLocal()).endpoint;
  const localPort = createAwsDynamoDbPort({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  try {
    console.log(`Benchmarks (${started.toISOString()}, Node ${process.version}, DynamoDB Local at ${endpoint})\n`);

    console.log('The simulator against DynamoDB Local and the SDK (1 KB items, half conditional puts, half consistent gets)');
    const fronts = await measureSimulatorFronts();
    reportSimulatorFronts(report, fronts);
    await createWorkloadTable(localPort, 'bench-kv');
    const viaLocal = await measureSequential(2000, kvOperation(localPort, 'bench-kv', 'local'));
    report.add({ section: 'fronts', name: '(c) DynamoDB Local through the AWS adapter', value: viaLocal.perSecond, unit: 'ops/s (wall)' });
    const portPerSecond = 1e6 / fronts.portMicros;
    report.add({ section: 'fronts', name: 'throughput (a) / (c)', value: portPerSecond / viaLocal.perSecond, unit: 'x', target: '>= 200', met: portPerSecond / viaLocal.perSecond >= 200 });

    console.log('\nThe simulator\'s structures');
    await runSimulatorScaling(report);

    console.log('\nRecord/replay');
    await runReplayBench(report);

    console.log('\nThe stores on DynamoDB Local');
    await runStoresBench(report, localPort, { label: 'DynamoDB Local', samples: 200 });
    console.log('\nThe stores on the simulator');
    await runStoresBench(report, createSimulator().port, { label: 'simulator', samples: 2000 });
  } finally {
    localPort.close();
    await local?.stop();
  }
  await writeFile('bench-results.json', `${JSON.stringify({ date: started.toISOString(), node: process.version, figures: report.figures }, null, 2)}\n`);
  console.log('\nWritten to bench-results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
