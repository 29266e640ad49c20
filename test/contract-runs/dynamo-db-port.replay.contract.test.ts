/**
 * The DynamoDB port contract on the record/replay adapter: each property is recorded on the
 * simulator and on DynamoDB Local (through the AWS adapter), then run again on replay ports that
 * have no database behind them at all. The suite's seed is fixed, so both runs generate the same
 * commands; the table names differ between the two runs (a run id of their own each) and are
 * normalised, as unique names are. The replay passes when it gets the same outcomes, and a last
 * test checks that it asked for every recorded interaction, no more and no fewer.
 * Cassettes go to a temporary directory that is removed afterwards.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import { createRecordReplayPort, type RecordReplayPort } from '../../adapters/record-replay/create-record-replay-port.js';
import { DEFAULT_NORMALIZERS, uniqueNames } from '../../adapters/record-replay/normalize/normalizer.js';
import { createSimulator } from '../../adapters/simulator/create-simulator.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { describeDynamoDbPortContract, type DynamoDbPortCapabilities, type PortUnderTest } from '../contracts/index.js';
import { dynamoDbLocalEndpoint } from '../support/dynamo-db-local-endpoint.js';

const SEED = 20_240_601;
const normalizers = [...DEFAULT_NORMALIZERS, uniqueNames('contract')];

interface Target {
  readonly port: DynamoDbPort;
  dispose(): void;
}

/** Ids `<run>-1`, `<run>-2`, ... for the properties' tables, in the order the suite asks. */
function runIds(): () => string {
  const run = Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0');
  let count = 0;
  return () => `${run}-${(count += 1)}`;
}

function recordThenReplay(name: string, openTarget: () => Target, capabilities: Partial<DynamoDbPortCapabilities>): void {
  let directory = '';
  const cassette = (n: number): string => join(directory, `${name.replace(/\W+/g, '-')}-${n}.json`);
  const players: RecordReplayPort[] = [];
  let recorded = 0;
  let replayed = 0;
  const settings: Partial<DynamoDbPortCapabilities> = { ...capabilities, seed: SEED };

  describe(`record/replay of the contract on ${name}`, () => {
    before(() => {
      directory = mkdtempSync(join(tmpdir(), 'contract-cassettes-'));
    });
    after(() => {
      rmSync(directory, { recursive: true, force: true });
    });

    describeDynamoDbPortContract(`${name}, recorded`, () => {
      const target = openTarget();
      const port = createRecordReplayPort({ mode: 'record', cassette: cassette((recorded += 1)), target: target.port, normalizers });
      const subject: PortUnderTest = {
        port,
        dispose: async () => {
          await port.close();
          target.dispose();
        },
      };
      return Promise.resolve(subject);
    }, { ...settings, uniqueId: runIds() });

    describeDynamoDbPortContract(`${name}, replayed with no database`, () => {
      const port = createRecordReplayPort({ mode: 'replay', cassette: cassette((replayed += 1)), normalizers });
      players.push(port);
      return Promise.resolve({ port, dispose: () => port.close() });
    }, { ...settings, uniqueId: runIds() });

    // A describe of its own: mocha runs a suite's own tests before its nested suites.
    describe('after the replay', () => {
      it('the replay asked for every recorded interaction of every property', () => {
        expect(recorded).to.be.greaterThan(0);
        expect(replayed).to.equal(recorded);
        expect(players.map((player) => player.unreplayed().length)).to.deep.equal(players.map(() => 0));
      });
    });
  });
}

recordThenReplay('the simulator', () => ({ port: createSimulator().port, dispose: () => undefined }), { numRuns: 6, maxCommands: 12 });

recordThenReplay(
  'DynamoDB Local',
  () => {
    const port = createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: { accessKeyId: 'replay', secretAccessKey: 'replay' } });
    return { port, dispose: () => { port.close(); } };
  },
  { numRuns: 4, maxCommands: 10 },
);
