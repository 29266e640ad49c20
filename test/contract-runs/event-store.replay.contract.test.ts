/**
 * The EventStore contract on the record/replay adapter: every property is recorded on the
 * simulator and on DynamoDB Local (the library's event store over a recording port), then run
 * again over replay ports with no database behind them at all, and must reach the same outcomes.
 * What makes the two runs send the same requests: the suite's seed is fixed, its ids come from a
 * counter, the stores' clock starts at a fixed instant and their ids come from counters too, and
 * the race properties' requests reach the port one at a time in the scheduler's order. Table
 * names (a run id of their own each time) are normalised. The tables are created on the storage
 * directly, outside the cassette. A last test checks that the replay asked for every recorded
 * interaction, no more and no fewer. Cassettes go to a temporary directory removed afterwards.
 */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecordReplayPort, DEFAULT_NORMALIZERS, uniqueNames, type RecordReplayPort } from '../../adapters/record-replay/index.js';
import { createSimulator } from '../../adapters/simulator/create-simulator.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { describeEventStoreContract, type EventStoreContractCapabilities } from '../contracts/index.js';
import { CONTRACT_START_MS, eventStoreFactory } from '../support/stores/library-stores.js';
import { dynamoDbLocalPort } from '../support/stores/store-targets.js';

const SEED = 20_250_101;
const normalizers = [...DEFAULT_NORMALIZERS, uniqueNames('events'), uniqueNames('snapshots')];

interface Storage {
  readonly port: DynamoDbPort;
  close(): void;
}

/** Ids `p1`, `p2`, ... per property, the same in the recording and the replay. */
function propertyIds(): () => string {
  let count = 0;
  return () => `p${(count += 1)}`;
}

function recordThenReplay(name: string, openStorage: () => Storage, capabilities: Partial<EventStoreContractCapabilities>): void {
  let directory = '';
  const cassette = (n: number): string => join(directory, `${name.replace(/\W+/g, '-')}-${n}.json`);
  const players: RecordReplayPort[] = [];
  let recorded = 0;
  let replayed = 0;
  const settings: Partial<EventStoreContractCapabilities> = { ...capabilities, seed: SEED };

  describe(`record/replay of the EventStore contract on ${name}`, () => {
    before(() => {
      directory = mkdtempSync(join(tmpdir(), 'event-store-cassettes-'));
    });
    after(() => {
      rmSync(directory, { recursive: true, force: true });
    });

    const recording = eventStoreFactory(
      () => {
        const storage = openStorage();
        const port = createRecordReplayPort({ mode: 'record', cassette: cassette((recorded += 1)), target: storage.port, normalizers });
        return Promise.resolve({
          port,
          provisioning: storage.port,
          close: async () => {
            // The cassette is written before the next property opens its own.
            await port.close();
            storage.close();
          },
        });
      },
      { startMs: CONTRACT_START_MS },
    );
    describeEventStoreContract(`${name}, recorded`, recording, { ...settings, uniqueId: propertyIds() });

    const replaying = eventStoreFactory(
      () => {
        const port = createRecordReplayPort({ mode: 'replay', cassette: cassette((replayed += 1)), normalizers });
        players.push(port);
        return Promise.resolve({ port, provisioning: undefined, close: () => port.close() });
      },
      { startMs: CONTRACT_START_MS },
    );
    describeEventStoreContract(`${name}, replayed with no database`, replaying, { ...settings, uniqueId: propertyIds() });

    // A describe of its own: mocha runs a suite's own tests before its nested suites.
    describe('after the replay', () => {
      it('the replay asked for every recorded interaction of every property', () => {
        expect(recorded).to.be.greaterThan(0);
        expect(replayed).to.equal(recorded);
        expect(players.map((player) => player.unreplayed().length)).to.deep.equal(players.map(() => 0));
        const sizes = players.map((_, index) => (JSON.parse(readFileSync(cassette(index + 1), 'utf8')) as { interactions: unknown[] }).interactions.length);
        expect(sizes.every((size) => size > 0), `interactions per cassette: ${sizes.join(', ')}`).to.equal(true);
      });
    });
  });
}

recordThenReplay('the simulator', () => ({ port: createSimulator().port, close: () => undefined }), { numRuns: 12, raceRuns: 8, maxCommands: 20 });

recordThenReplay(
  'DynamoDB Local',
  () => {
    const port = dynamoDbLocalPort();
    return { port, close: () => { port.close(); } };
  },
  { numRuns: 8, raceRuns: 5, maxCommands: 15 },
);
