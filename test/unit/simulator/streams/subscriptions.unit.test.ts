/**
 * In-process subscriptions: a listener receives a table's stream records, in document shape, in
 * commit order, right after the operation that wrote them; it may call the simulator again; it
 * cannot change what others read by mutating what it receives.
 */
import { expect } from 'chai';
import type { StreamRecord } from '../../../../ports/dynamo-db-streams-port.js';
import { createTestTable, testSimulator } from '../fronts/support/test-simulator.js';
import { allRecords } from './support/stream-reading.js';

describe('simulator streams: subscriptions', () => {
  it('delivers records in commit order, each before the writing call returns to its caller', async () => {
    const simulator = testSimulator();
    await createTestTable(simulator, 'watched-table', { stream: 'NEW_AND_OLD_IMAGES' });
    const received: StreamRecord[] = [];
    simulator.subscribe('watched-table', (record) => received.push(record));
    await simulator.port.putItem({ TableName: 'watched-table', Item: { pk: 'a', n: 1 } });
    expect(received.map((record) => record.eventName)).to.deep.equal(['INSERT']);
    await simulator.port.transactWriteItems({
      TransactItems: [
        { Put: { TableName: 'watched-table', Item: { pk: 'b', n: 2 } } },
        { Update: { TableName: 'watched-table', Key: { pk: 'a' }, UpdateExpression: 'SET n = :n', ExpressionAttributeValues: { ':n': 3 } } },
      ],
    });
    await simulator.port.batchWriteItem({ RequestItems: { 'watched-table': [{ DeleteRequest: { Key: { pk: 'b' } } }] } });
    expect(received.map((record) => [record.eventName, record.dynamodb.Keys?.['pk']])).to.deep.equal([
      ['INSERT', 'a'],
      ['INSERT', 'b'],
      ['MODIFY', 'a'],
      ['REMOVE', 'b'],
    ]);
    expect(received[2]?.dynamodb).to.deep.include({ NewImage: { pk: 'a', n: 3 }, OldImage: { pk: 'a', n: 1 } });
    // The same records, in the same order, as the stream itself holds them.
    expect(received).to.deep.equal(await allRecords(simulator, 'watched-table'));
  });

  it('delivers only the subscribed table\'s records, and nothing after unsubscribing', async () => {
    const simulator = testSimulator();
    await createTestTable(simulator, 'one-table', { stream: 'KEYS_ONLY' });
    await createTestTable(simulator, 'other-table', { stream: 'KEYS_ONLY' });
    const received: unknown[] = [];
    const unsubscribe = simulator.subscribe('one-table', (record) => received.push(record.dynamodb.Keys?.['pk']));
    await simulator.port.putItem({ TableName: 'other-table', Item: { pk: 'elsewhere' } });
    await simulator.port.putItem({ TableName: 'one-table', Item: { pk: 'here' } });
    unsubscribe();
    await simulator.port.putItem({ TableName: 'one-table', Item: { pk: 'later' } });
    expect(received).to.deep.equal(['here']);
  });

  it('lets a listener write to the simulator from inside its callback', async () => {
    const simulator = testSimulator();
    await createTestTable(simulator, 'source-table', { stream: 'NEW_IMAGE' });
    await createTestTable(simulator, 'projection-table');
    const copies: Promise<unknown>[] = [];
    simulator.subscribe('source-table', (record) => {
      copies.push(simulator.port.putItem({ TableName: 'projection-table', Item: { ...(record.dynamodb.NewImage ?? {}), copied: true } }));
    });
    await simulator.port.putItem({ TableName: 'source-table', Item: { pk: 'x', v: 'value' } });
    await Promise.all(copies);
    expect((await simulator.port.getItem({ TableName: 'projection-table', Key: { pk: 'x' } })).Item).to.deep.equal({ pk: 'x', v: 'value', copied: true });
  });

  it('hands each listener its own copy: mutating it changes neither the stream nor the table', async () => {
    const simulator = testSimulator();
    await createTestTable(simulator, 'copied-table', { stream: 'NEW_IMAGE' });
    simulator.subscribe('copied-table', (record) => {
      const image = record.dynamodb.NewImage as Record<string, unknown>;
      (image['bytes'] as Uint8Array).fill(0);
      (image['list'] as unknown[]).push('intruder');
      image['pk'] = 'changed';
    });
    await simulator.port.putItem({ TableName: 'copied-table', Item: { pk: 'a', bytes: new Uint8Array([1, 2]), list: ['x'] } });
    const expected = { pk: 'a', bytes: new Uint8Array([1, 2]), list: ['x'] };
    expect((await allRecords(simulator, 'copied-table'))[0]?.dynamodb.NewImage).to.deep.equal(expected);
    expect((await simulator.port.getItem({ TableName: 'copied-table', Key: { pk: 'a' } })).Item).to.deep.equal(expected);
  });
});
