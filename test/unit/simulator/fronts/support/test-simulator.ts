/** The simulator the fronts' tests run on, with its helpers. */
import { createSimulator, type Simulator, type SimulatorOptions } from '../../../../../adapters/simulator/create-simulator.js';
import type { StreamViewType } from '../../../../../ports/dynamo-db-table-types.js';

export function testSimulator(options: SimulatorOptions = {}): Simulator {
  return createSimulator(options);
}

/** A table keyed by `pk` (string), optionally with `sk` (number), optionally with a stream. */
export async function createTestTable(simulator: Simulator, tableName: string, options: { readonly sortKey?: boolean; readonly stream?: StreamViewType } = {}): Promise<void> {
  await simulator.port.createTable({
    TableName: tableName,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, ...(options.sortKey === true ? [{ AttributeName: 'sk', AttributeType: 'N' as const }] : [])],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, ...(options.sortKey === true ? [{ AttributeName: 'sk', KeyType: 'RANGE' as const }] : [])],
    BillingMode: 'PAY_PER_REQUEST',
    ...(options.stream === undefined ? {} : { StreamSpecification: { StreamEnabled: true, StreamViewType: options.stream } }),
  });
}
