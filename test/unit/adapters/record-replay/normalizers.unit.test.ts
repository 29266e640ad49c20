import { expect } from 'chai';
import { memoryCassetteStore } from '../../../../adapters/record-replay/cassette/cassette-store.js';
import { createRecordReplayPort } from '../../../../adapters/record-replay/create-record-replay-port.js';
import {
  DEFAULT_NORMALIZERS,
  epochTimestamps,
  isoTimestamps,
  normalizeFields,
  normalizePattern,
  uniqueNames,
  uuids,
} from '../../../../adapters/record-replay/normalize/normalizer.js';
import { RecordReplayError } from '../../../../adapters/record-replay/record-replay-error.js';
import { fixedSimulator } from './support/fixtures.js';
import { createItemsTable, failure, player, recorded, TABLE } from './support/recorded.js';

const transfer = (token: string) => ({
  TransactItems: [{ Put: { TableName: TABLE, Item: { id: 'a', v: 1 } } }],
  ClientRequestToken: token,
});

describe('record/replay port: normalizers', () => {
  it('ClientRequestTokens match whatever this run uses, as long as reuse stays reuse', async () => {
    const store = await recorded(async (port) => {
      await port.transactWriteItems(transfer('run-1-token-1'));
      await port.transactWriteItems(transfer('run-1-token-1'));
      await port.transactWriteItems(transfer('run-1-token-2'));
    });
    expect(store.text).not.to.include('run-1-token');
    expect(store.text).to.include('{{clientRequestToken:2}}');
    const replay = player(store);
    await replay.transactWriteItems(transfer('run-2-token-1'));
    await replay.transactWriteItems(transfer('run-2-token-1'));
    await replay.transactWriteItems(transfer('run-2-token-2'));
    replay.assertAllReplayed();

    const confused = player(store);
    await confused.transactWriteItems(transfer('run-3-token-1'));
    const error = await failure(confused.transactWriteItems(transfer('run-3-token-2')));
    expect(RecordReplayError.isUnmatched(error) && error.differences[0]?.path).to.equal('ClientRequestToken');
  });

  it('generated ids match any id, and replayed answers carry the ids of this run', async () => {
    const normalizers = [...DEFAULT_NORMALIZERS, uuids()];
    const recordedId = '5f0c3b8e-0d5e-4c1e-9a36-1a2b3c4d5e6f';
    const store = await recorded(async (port) => {
      await port.putItem({ TableName: TABLE, Item: { id: recordedId, [`child-${recordedId}`]: true, parent: `order/${recordedId}` } });
      await port.getItem({ TableName: TABLE, Key: { id: recordedId } });
    }, { normalizers });
    expect(store.text).not.to.include(recordedId);
    const replay = player(store, { normalizers });
    const id = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    await replay.putItem({ TableName: TABLE, Item: { id, [`child-${id}`]: true, parent: `order/${id}` } });
    expect((await replay.getItem({ TableName: TABLE, Key: { id } })).Item).to.deep.equal({ id, [`child-${id}`]: true, parent: `order/${id}` });
  });

  it('unique table names match across runs, in names, map keys and ARNs', async () => {
    const normalizers = [...DEFAULT_NORMALIZERS, uniqueNames('orders')];
    const store = memoryCassetteStore();
    const simulator = fixedSimulator();
    const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: simulator.port, normalizers });
    const steps = async (port: typeof recorder, run: string): Promise<unknown[]> => {
      const name = `orders-${run}-1`;
      await createItemsTable(port, name);
      await port.batchWriteItem({ RequestItems: { [name]: [{ PutRequest: { Item: { id: 'x' } } }] } });
      return [(await port.describeTable({ TableName: name })).Table?.TableArn, (await port.batchGetItem({ RequestItems: { [name]: { Keys: [{ id: 'x' }] } } })).Responses];
    };
    const recordedAnswers = await steps(recorder, 'k3x9a1');
    await recorder.close();
    expect(store.text).not.to.include('k3x9a1');
    const replay = player(store, { normalizers });
    const answers = await steps(replay, 'zz77qq');
    expect(answers).to.deep.equal([String(recordedAnswers[0]).replace('k3x9a1', 'zz77qq'), { 'orders-zz77qq-1': [{ id: 'x' }] }]);
  });

  it('timestamps in items, ISO or epoch, match across runs and come back as this run wrote them', async () => {
    const normalizers = [isoTimestamps(), epochTimestamps('ms')];
    const write = (at: number) => ({ TableName: TABLE, Item: { id: 'event', createdAt: new Date(at).toISOString(), createdMs: at, version: 3 } });
    const store = await recorded(async (port) => {
      await port.putItem(write(Date.UTC(2024, 1, 2, 3, 4, 5, 6)));
      await port.getItem({ TableName: TABLE, Key: { id: 'event' } });
    }, { normalizers });
    expect(store.text).to.include('"createdMs": { "N": "{{epoch-ms:1}}" }');
    const replay = player(store, { normalizers });
    const now = Date.UTC(2030, 5, 6, 7, 8, 9, 10);
    await replay.putItem(write(now));
    expect((await replay.getItem({ TableName: TABLE, Key: { id: 'event' } })).Item).to.deep.equal(write(now).Item);
  });

  it('a value first seen in a recorded response is answered with a stand-in that later requests may carry', async () => {
    const normalizers = [normalizeFields('arn', ['TableArn'])];
    const store = await recorded(async (port) => {
      const arn = (await port.describeTable({ TableName: TABLE })).Table?.TableArn ?? '';
      await port.putItem({ TableName: TABLE, Item: { id: 'arn', value: arn } });
    }, { normalizers });
    const replay = player(store, { normalizers });
    const arn = (await replay.describeTable({ TableName: TABLE })).Table?.TableArn ?? '';
    expect(arn).to.equal('{{arn:1}}');
    await replay.putItem({ TableName: TABLE, Item: { id: 'arn', value: arn } });
    replay.assertAllReplayed();
  });

  it('a normalizer added after the recording applies to the cassette as it is loaded', async () => {
    const recordedId = '11111111-2222-4333-8444-555555555555';
    const store = await recorded(async (port) => {
      await port.putItem({ TableName: TABLE, Item: { id: recordedId } });
      await port.getItem({ TableName: TABLE, Key: { id: recordedId } });
    }, { normalizers: [] });
    expect(store.text).to.include(recordedId);
    const replay = player(store, { normalizers: [uuids()] });
    const id = '99999999-8888-4777-8666-555555555555';
    await replay.putItem({ TableName: TABLE, Item: { id } });
    expect((await replay.getItem({ TableName: TABLE, Key: { id } })).Item).to.deep.equal({ id });
  });

  it('refuses normalizers that cannot work', () => {
    const attempt = (normalizers: Parameters<typeof createRecordReplayPort>[0]['normalizers']): string => {
      try {
        createRecordReplayPort({ mode: 'record', cassette: memoryCassetteStore(), target: fixedSimulator().port, normalizers });
        return 'accepted';
      } catch (error) {
        return RecordReplayError.is(error) ? `${error.kind}: ${error.message}` : 'other error';
      }
    };
    expect(attempt([normalizePattern('1bad', /x/)])).to.match(/^invalid-options: .*name must match/);
    expect(attempt([normalizePattern('same', /x/), normalizeFields('same', ['F'])])).to.match(/used twice/);
    expect(attempt([{ name: 'nothing' }])).to.match(/needs `fields` or `pattern`/);
    expect(attempt([normalizePattern('empty', /x*/)])).to.match(/matches the empty string/);
    expect(attempt([normalizePattern('fine', /x+/)])).to.equal('accepted');
  });
});
