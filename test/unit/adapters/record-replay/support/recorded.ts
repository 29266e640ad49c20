/** Records a few requests on a fresh simulator and hands back the cassette. */
import { memoryCassetteStore, type MemoryCassetteStore } from '../../../../../adapters/record-replay/cassette/cassette-store.js';
import { createRecordReplayPort, type RecordReplayPort } from '../../../../../adapters/record-replay/create-record-replay-port.js';
import type { RecordReplaySettings } from '../../../../../adapters/record-replay/record-replay-options.js';
import type { DynamoDbPort } from '../../../../../ports/dynamo-db-port.js';
import { fixedSimulator } from './fixtures.js';

export const TABLE = 'items';

export async function createItemsTable(port: DynamoDbPort, TableName = TABLE): Promise<void> {
  await port.createTable({ TableName, AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' });
}

type Settings = Omit<RecordReplaySettings, 'mode' | 'cassette'>;

/** Runs `steps` through a recorder on a fresh simulator (the table created first) and returns the cassette. */
export async function recorded(steps: (port: DynamoDbPort) => Promise<void>, settings: Settings = {}): Promise<MemoryCassetteStore> {
  const store = memoryCassetteStore();
  const simulator = fixedSimulator();
  await createItemsTable(simulator.port);
  const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: simulator.port, streamsTarget: simulator.streams, ...settings });
  await steps(recorder);
  await recorder.close();
  return store;
}

export function player(store: MemoryCassetteStore, settings: Settings = {}): RecordReplayPort {
  return createRecordReplayPort({ mode: 'replay', cassette: memoryCassetteStore(store.text), ...settings });
}

export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}
