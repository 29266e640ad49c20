/**
 * createSimulator(options): an exact, fast, in-memory DynamoDB with two fronts, the DynamoDB port
 * in process and DynamoDB's wire protocol (an AWS SDK request handler, an HTTP server), plus
 * DynamoDB Streams and fault injection. Each call makes a fully independent instance.
 *
 * Time comes from `options.clock`, the system clock by default: DynamoDB's behaviour follows real
 * time (TTL, idempotency tokens, stream iterator expiry). Tests that need to move time pass
 * `createManualClock()`. TTL deletions happen when `sweepExpiredItems()` is called unless
 * `ttlSweep: { intervalMs }` asks for a timer.
 */
import { systemClock } from '../../ports/clock.js';
import { assembleSimulator, type Simulator } from './assemble-simulator.js';
import { SimulatorEngine } from './engine/simulator-engine.js';
import type { SimulatorOptions } from './simulator-options.js';

export type { Simulator, StreamRecordListener } from './assemble-simulator.js';
export type { SimulatorOptions } from './simulator-options.js';

function checkOptions(options: SimulatorOptions): void {
  const sweep = options.ttlSweep;
  if (sweep !== undefined && sweep !== 'manual' && !(typeof sweep === 'object' && Number.isFinite(sweep.intervalMs) && sweep.intervalMs > 0)) {
    throw new RangeError("createSimulator: `ttlSweep` must be 'manual' or { intervalMs } with a positive number of milliseconds");
  }
  if (options.region !== undefined && !/^[a-z0-9-]{1,64}$/.test(options.region)) {
    throw new RangeError(`createSimulator: \`region\` must look like a region name such as us-east-1, got ${JSON.stringify(options.region)}`);
  }
  if (options.accountId !== undefined && !/^\d{12}$/.test(options.accountId)) {
    throw new RangeError('createSimulator: `accountId` must be 12 digits');
  }
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  checkOptions(options);
  const clock = options.clock ?? systemClock;
  const engine = new SimulatorEngine({
    clock,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
  });
  return assembleSimulator(engine, { ...options, clock });
}
