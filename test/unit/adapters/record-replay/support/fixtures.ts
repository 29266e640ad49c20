/** Simulators, counting ports and transcript helpers for the record/replay tests. */
import { createManualClock } from '../../../../../adapters/simulator/manual-clock.js';
import { createSimulator, type Simulator } from '../../../../../adapters/simulator/create-simulator.js';
import type { OperationName } from '../../../../../ports/dynamo-db-operations.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../../../../ports/dynamo-db-port.js';

export const JANUARY_2024 = Date.UTC(2024, 0, 1);

/** A simulator whose answers depend on nothing but its inputs. */
export function fixedSimulator(startMs = JANUARY_2024, options: { wrapNumbers?: boolean } = {}): Simulator {
  return createSimulator({ clock: createManualClock(startMs), seed: 7, ...options });
}

export interface CountingPort extends DynamoDbPort {
  readonly calls: OperationName[];
}

/** `port`, noting every operation that reaches it. */
export function counting(port: DynamoDbPort): CountingPort {
  const calls: OperationName[] = [];
  const wrapped = createDynamoDbPort((operation, input) => {
    calls.push(operation);
    return port.send(operation, input);
  });
  return { ...wrapped, calls };
}

/** What the default normalizers replace, besides every field ending in DateTime. */
const RUN_DEPENDENT = new Set([
  'TableId',
  'eventID',
  'ShardIterator',
  'NextShardIterator',
  'ShardId',
  'StreamLabel',
  'LatestStreamLabel',
  'StreamArn',
  'LatestStreamArn',
]);

/** `value` without the fields the default normalizers replace, to compare two runs' answers. */
export function withoutRunDependentFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRunDependentFields);
  if (typeof value !== 'object' || value === null || value instanceof Set || value instanceof Uint8Array || value instanceof Date) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !RUN_DEPENDENT.has(key) && !key.endsWith('DateTime')).map(([key, field]) => [key, withoutRunDependentFields(field)]));
}
