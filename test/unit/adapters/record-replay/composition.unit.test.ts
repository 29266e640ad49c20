import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCassettePort } from '../../../../adapters/record-replay/open-cassette-port.js';
import { RecordReplayError } from '../../../../adapters/record-replay/record-replay-error.js';
import { checkRecordReplayStorageOptions, createRecordStorage, createReplayStorage } from '../../../../application/composition/record-replay-storage.js';
import { ContainerOptionsError } from '../../../../application/container-options-error.js';
import { fixedSimulator } from './support/fixtures.js';
import { createItemsTable, TABLE } from './support/recorded.js';

describe('record/replay in the composition root and for suites', () => {
  let directory = '';
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'record-replay-composition-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('records the storage the target options describe, closes it, and replays without it', async () => {
    const cassette = join(directory, 'storage.json');
    const built: unknown[] = [];
    let closed = 0;
    const recordStorage = createRecordStorage({ storage: 'record', cassette, target: { storage: 'simulator', wrapNumbers: true } }, (target) => {
      built.push(target);
      const simulator = fixedSimulator(undefined, { wrapNumbers: target.wrapNumbers });
      return { ...simulator.port, close: () => { closed += 1; } };
    });
    await createItemsTable(recordStorage);
    await recordStorage.putItem({ TableName: TABLE, Item: { id: 'a', n: 1 } });
    const recorded = await recordStorage.getItem({ TableName: TABLE, Key: { id: 'a' } });
    await recordStorage.close();
    expect(built).to.deep.equal([{ storage: 'simulator', wrapNumbers: true }]);
    expect(closed).to.equal(1);
    expect(readFileSync(cassette, 'utf8')).to.include('"numbers": "wrapped"');

    const replayStorage = createReplayStorage({ storage: 'replay', cassette });
    await createItemsTable(replayStorage);
    await replayStorage.putItem({ TableName: TABLE, Item: { id: 'a', n: 1 } });
    expect(await replayStorage.getItem({ TableName: TABLE, Key: { id: 'a' } })).to.deep.equal(recorded);
    replayStorage.assertAllReplayed();
  });

  it('checks untyped record and replay options, naming the option', () => {
    const problem = (options: Record<string, unknown>): string => {
      try {
        checkRecordReplayStorageOptions(options, '', (target, path) => {
          if ((target as { storage?: unknown }).storage !== 'simulator') throw new ContainerOptionsError(`${path}storage`, 'unknown storage');
        });
        return 'accepted';
      } catch (error) {
        return ContainerOptionsError.is(error) ? error.option : 'other error';
      }
    };
    expect(problem({ storage: 'replay', cassette: 'c.json' })).to.equal('accepted');
    expect(problem({ storage: 'record', cassette: 'c.json', target: { storage: 'simulator' }, matching: 'unordered', redact: ['password'] })).to.equal('accepted');
    expect(problem({ storage: 'replay' })).to.equal('cassette');
    expect(problem({ storage: 'replay', cassette: 'c.json', matching: 'sideways' })).to.equal('matching');
    expect(problem({ storage: 'replay', cassette: 'c.json', redact: 'password' })).to.equal('redact');
    expect(problem({ storage: 'record', cassette: 'c.json' })).to.equal('target');
    expect(problem({ storage: 'record', cassette: 'c.json', target: { storage: 'replay', cassette: 'd.json' } })).to.equal('target.storage');
    expect(problem({ storage: 'record', cassette: 'c.json', target: { storage: 'mainframe' } })).to.equal('target.storage');
    expect(problem({ storage: 'record', cassette: 'c.json', target: { storage: 'simulator' }, mode: 'replay' })).to.equal('mode');
  });

  it('openCassettePort records the first time, replays from then on, and notices skipped interactions', async () => {
    const cassette = join(directory, 'suite.json');
    let opened = 0;
    const open = (steps: number) =>
      openCassettePort({
        cassette,
        target: () => {
          opened += 1;
          return { port: fixedSimulator().port };
        },
      }).then(async (subject) => {
        for (let step = 0; step < steps; step += 1) await subject.port.listTables({ Limit: step + 1 });
        return subject;
      });
    const first = await open(2);
    expect(first.mode).to.equal('record');
    await first.close();
    const second = await open(2);
    expect(second.mode).to.equal('replay');
    await second.close();
    expect(opened).to.equal(1);
    const third = await open(1);
    const error: unknown = await third.close().catch((failure: unknown) => failure);
    expect(RecordReplayError.is(error) && error.kind).to.equal('unreplayed-interactions');
  });
});
