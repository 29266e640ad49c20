import { NumberValueImpl as NumberValue } from '@aws-sdk/util-dynamodb';
import { expect } from 'chai';
import { RecordReplayError } from '../../../../adapters/record-replay/record-replay-error.js';
import { uuids } from '../../../../adapters/record-replay/normalize/normalizer.js';
import { failure, player, recorded, TABLE } from './support/recorded.js';

describe('record/replay port: matching', () => {
  it('a changed request fails with the closest recorded request and the difference, path by path', async () => {
    const store = await recorded(async (port) => {
      await port.putItem({ TableName: TABLE, Item: { id: 'a', amount: 5, note: 'first' } });
      await port.getItem({ TableName: TABLE, Key: { id: 'a' } });
    });
    const error = await failure(player(store).putItem({ TableName: TABLE, Item: { id: 'a', amount: 6, note: 'first' }, ReturnValues: 'ALL_OLD' }));
    expect(RecordReplayError.isUnmatched(error)).to.equal(true);
    const unmatched = error as RecordReplayError;
    expect(unmatched.closest?.index).to.equal(0);
    expect(unmatched.closest?.operation).to.equal('PutItem');
    expect(unmatched.differences).to.deep.equal([
      { path: 'Item.amount.N', recorded: '"5"', requested: '"6"' },
      { path: 'ReturnValues', recorded: '(absent)', requested: '"ALL_OLD"' },
    ]);
    expect(unmatched.message).to.include('No recorded interaction matches this PutItem request');
    expect(unmatched.message).to.include('Closest recorded request: #0 PutItem');
    expect(unmatched.message).to.include('Item.amount.N: "5" → "6"');
    expect(unmatched.message).to.include('ReturnValues: (absent) → "ALL_OLD"');
  });

  it('prefers a recorded request of the same operation, and points into lists and odd attribute names', async () => {
    const store = await recorded(async (port) => {
      await port.getItem({ TableName: TABLE, Key: { id: 'a' } });
      await port.putItem({ TableName: TABLE, Item: { id: 'b', 'odd name': [1, 2, 3] } });
    }, { matching: 'unordered' });
    const error = (await failure(player(store, { matching: 'unordered' }).putItem({ TableName: TABLE, Item: { id: 'b', 'odd name': [1, 2, 4] } }))) as RecordReplayError;
    expect(error.closest?.operation).to.equal('PutItem');
    expect(error.differences).to.deep.equal([{ path: 'Item["odd name"].L[2].N', recorded: '"3"', requested: '"4"' }]);
  });

  it('matches the canonical request: key order, set order and number spelling do not matter', async () => {
    const store = await recorded(async (port) => {
      await port.putItem({ TableName: TABLE, Item: { id: 'a', tags: new Set(['x', 'y']), n: new NumberValue('7.50'), ns: new Set([3, 1]) } });
    });
    const replay = player(store);
    await replay.putItem({ Item: { ns: new Set([1, 3]), n: 7.5, tags: new Set(['y', 'x']), id: 'a' }, TableName: TABLE });
    expect(store.text).to.include('"n": { "N": "7.5" }');
    replay.assertAllReplayed();
  });

  it('ordered matching refuses another order and says so; unordered matching accepts it', async () => {
    const store = await recorded(async (port) => {
      await port.getItem({ TableName: TABLE, Key: { id: 'a' } });
      await port.getItem({ TableName: TABLE, Key: { id: 'b' } });
    });
    const error = (await failure(player(store).getItem({ TableName: TABLE, Key: { id: 'b' } }))) as RecordReplayError;
    expect(error.message).to.include('The recording expects #0 GetItem next.');
    expect(error.message).to.include('comes later in the recording');
    expect(error.closest?.index).to.equal(1);
    const unordered = player(store, { matching: 'unordered' });
    await unordered.getItem({ TableName: TABLE, Key: { id: 'b' } });
    await unordered.getItem({ TableName: TABLE, Key: { id: 'a' } });
    unordered.assertAllReplayed();
  });

  for (const matching of ['ordered', 'unordered'] as const) {
    it(`identical requests replay their answers in recorded order (${matching})`, async () => {
      const store = await recorded(async (port) => {
        await port.getItem({ TableName: TABLE, Key: { id: 'a' } });
        await port.putItem({ TableName: TABLE, Item: { id: 'a', v: 1 } });
        await port.getItem({ TableName: TABLE, Key: { id: 'a' } });
        await port.putItem({ TableName: TABLE, Item: { id: 'a', v: 2 } });
        await port.getItem({ TableName: TABLE, Key: { id: 'a' } });
      }, { matching });
      const replay = player(store, { matching });
      const answers = [];
      answers.push(await replay.getItem({ TableName: TABLE, Key: { id: 'a' } }));
      await replay.putItem({ TableName: TABLE, Item: { id: 'a', v: 1 } });
      answers.push(await replay.getItem({ TableName: TABLE, Key: { id: 'a' } }));
      await replay.putItem({ TableName: TABLE, Item: { id: 'a', v: 2 } });
      answers.push(await replay.getItem({ TableName: TABLE, Key: { id: 'a' } }));
      expect(answers).to.deep.equal([{}, { Item: { id: 'a', v: 1 } }, { Item: { id: 'a', v: 2 } }]);
    });
  }

  it('a request made more often than recorded is unmatched, and the error says it was already replayed', async () => {
    const store = await recorded(async (port) => {
      await port.getItem({ TableName: TABLE, Key: { id: 'a' } });
    }, { matching: 'unordered' });
    const replay = player(store, { matching: 'unordered' });
    await replay.getItem({ TableName: TABLE, Key: { id: 'a' } });
    const error = (await failure(replay.getItem({ TableName: TABLE, Key: { id: 'a' } }))) as RecordReplayError;
    expect(error.closest).to.include({ index: 0, replayed: true });
    expect(error.message).to.include('already replayed');
  });

  it('concurrent requests recorded in one order replay in another with unordered matching, each with its own answer', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const store = await recorded(async (port) => {
      for (const id of ids) await port.putItem({ TableName: TABLE, Item: { id, value: `value of ${id}` } });
      await Promise.all(ids.map((id) => port.getItem({ TableName: TABLE, Key: { id } })));
    }, { matching: 'unordered' });
    const replay = player(store, { matching: 'unordered' });
    for (const id of ids) await replay.putItem({ TableName: TABLE, Item: { id, value: `value of ${id}` } });
    const answers = await Promise.all([...ids].reverse().map((id) => replay.getItem({ TableName: TABLE, Key: { id } })));
    expect(answers.map((answer) => answer.Item?.['value'])).to.deep.equal([...ids].reverse().map((id) => `value of ${id}`));
  });

  it('a normalised value that contradicts an earlier binding is unmatched, with the binding shown', async () => {
    const normalizers = [uuids()];
    const first = '0b7f7c80-55a4-4b53-9d0a-2f1f5a0a0001';
    const store = await recorded(async (port) => {
      await port.putItem({ TableName: TABLE, Item: { id: first } });
      await port.getItem({ TableName: TABLE, Key: { id: first } });
    }, { normalizers });
    const replay = player(store, { normalizers });
    const mine = '7d4c1f0e-1111-4c2b-8d3e-9a8b7c6d5e4f';
    await replay.putItem({ TableName: TABLE, Item: { id: mine } });
    const error = (await failure(replay.getItem({ TableName: TABLE, Key: { id: '7d4c1f0e-2222-4c2b-8d3e-9a8b7c6d5e4f' } }))) as RecordReplayError;
    expect(error.message).to.include('do not fit what this run bound earlier');
    expect(error.differences).to.deep.equal([{ path: 'Key.id.S', recorded: `{{uuid:1}} = "${mine}"`, requested: '"7d4c1f0e-2222-4c2b-8d3e-9a8b7c6d5e4f"' }]);
  });

  it('an empty cassette says so', async () => {
    const store = await recorded(() => Promise.resolve());
    const error = (await failure(player(store).listTables({}))) as RecordReplayError;
    expect(error.message).to.include('The cassette holds no interactions.');
    expect(error.closest).to.equal(undefined);
  });
});
