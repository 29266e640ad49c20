import { expect } from 'chai';
import { engineFixture } from './engine-fixture.js';

const DAY_SECONDS = 24 * 60 * 60;

describe('engine: change feed and TTL sweep', () => {
  it('reports INSERT, MODIFY and REMOVE with keys and images in commit order, and nothing for writes that change nothing', () => {
    const { run, changes, clock } = engineFixture({ sortKey: 'N' });
    const key = { pk: { S: 'a' }, sk: { N: '1' } };
    run('PutItem', { TableName: 'items', Item: { ...key, v: { N: '1' } } });
    run('PutItem', { TableName: 'items', Item: { ...key, v: { N: '1' } } });
    run('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { N: '1' } } });
    clock.advance(1000);
    run('UpdateItem', { TableName: 'items', Key: key, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { N: '2' } } });
    run('DeleteItem', { TableName: 'items', Key: key });
    run('DeleteItem', { TableName: 'items', Key: key });
    expect(changes.map(({ eventName, keys, oldImage, newImage, time }) => ({ eventName, keys, oldImage, newImage, time }))).to.deep.equal([
      { eventName: 'INSERT', keys: key, oldImage: undefined, newImage: { ...key, v: { N: '1' } }, time: clock.nowMs - 1000 },
      { eventName: 'MODIFY', keys: key, oldImage: { ...key, v: { N: '1' } }, newImage: { ...key, v: { N: '2' } }, time: clock.nowMs },
      { eventName: 'REMOVE', keys: key, oldImage: { ...key, v: { N: '2' } }, newImage: undefined, time: clock.nowMs },
    ]);
  });

  it('keeps expired items readable until a sweep deletes them as the TTL service', () => {
    const { engine, run, changes, clock } = engineFixture({});
    run('UpdateTimeToLive', { TableName: 'items', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' } });
    const now = clock.nowMs / 1000;
    run('PutItem', { TableName: 'items', Item: { pk: { S: 'past' }, expires: { N: String(now - 10) } } });
    run('PutItem', { TableName: 'items', Item: { pk: { S: 'now' }, expires: { N: String(now) } } });
    run('PutItem', { TableName: 'items', Item: { pk: { S: 'future' }, expires: { N: String(now + 10) } } });
    run('PutItem', { TableName: 'items', Item: { pk: { S: 'ancient' }, expires: { N: String(now - 6 * 365 * DAY_SECONDS) } } });
    run('PutItem', { TableName: 'items', Item: { pk: { S: 'text' }, expires: { S: String(now - 10) } } });
    expect(run('GetItem', { TableName: 'items', Key: { pk: { S: 'past' } } })['Item']).to.not.equal(undefined);
    changes.length = 0;
    expect(engine.sweepExpiredItems()).to.equal(1);
    expect(changes.map((change) => [change.eventName, change.keys, change.userIdentity])).to.deep.equal([
      ['REMOVE', { pk: { S: 'past' } }, { type: 'Service', principalId: 'dynamodb.amazonaws.com' }],
    ]);
    clock.advance(11_000);
    expect(engine.sweepExpiredItems()).to.equal(2);
    const left = (run('Scan', { TableName: 'items' })['Items'] as { pk: { S: string } }[]).map((item) => item.pk.S).sort();
    expect(left).to.deep.equal(['ancient', 'text']);
  });

  it('sweeps nothing on tables without TTL', () => {
    const { engine, run, clock } = engineFixture({});
    run('PutItem', { TableName: 'items', Item: { pk: { S: 'past' }, expires: { N: String(clock.nowMs / 1000 - 10) } } });
    expect(engine.sweepExpiredItems()).to.equal(0);
  });

  it('isolates stored state from what callers pass and receive', () => {
    const { run } = engineFixture({});
    const item = { pk: { S: 'a' }, list: { L: [{ N: '1' }] }, bytes: { B: new Uint8Array([1, 2]) } };
    run('PutItem', { TableName: 'items', Item: item });
    item.list.L.push({ N: '2' });
    (item.bytes.B)[0] = 9;
    const read = run('GetItem', { TableName: 'items', Key: { pk: { S: 'a' } } })['Item'] as { list: { L: unknown[] }; bytes: { B: Uint8Array } };
    expect(read.list.L).to.deep.equal([{ N: '1' }]);
    expect([...read.bytes.B]).to.deep.equal([1, 2]);
    read.bytes.B[0] = 7;
    read.list.L.push({ N: '3' });
    const again = run('GetItem', { TableName: 'items', Key: { pk: { S: 'a' } } })['Item'] as { list: { L: unknown[] }; bytes: { B: Uint8Array } };
    expect([...again.bytes.B]).to.deep.equal([1, 2]);
    expect(again.list.L).to.deep.equal([{ N: '1' }]);
    // Without binaries the stored item itself is handed out, deeply frozen.
    run('PutItem', { TableName: 'items', Item: { pk: { S: 'b' }, list: { L: [{ N: '1' }] } } });
    const frozen = run('GetItem', { TableName: 'items', Key: { pk: { S: 'b' } } })['Item'] as { list: { L: unknown[] } };
    expect(() => frozen.list.L.push({ N: '3' })).to.throw(TypeError);
  });
});
