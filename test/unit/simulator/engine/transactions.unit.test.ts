import { expect } from 'chai';
import fc from 'fast-check';
import { engineFixture, expectError } from './engine-fixture.js';

const item = (pk: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ pk: { S: pk }, ...extra });

describe('engine: TransactWriteItems and TransactGetItems', () => {
  it('applies every action, or none with a reason per action in request order', () => {
    const { run, fail, changes } = engineFixture({});
    run('PutItem', { TableName: 'items', Item: item('a', { v: { N: '1' } }) });
    run('PutItem', { TableName: 'items', Item: item('b', { v: { N: '1' } }) });
    const before = changes.length;
    const canceled = fail('TransactWriteItems', {
      TransactItems: [
        { Put: { TableName: 'items', Item: item('c') } },
        { ConditionCheck: { TableName: 'items', Key: item('b'), ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        { Delete: { TableName: 'items', Key: item('zz'), ConditionExpression: 'attribute_exists(pk)' } },
        // Within the limit alone (1 + 409,595 bytes), too large with the item it updates.
        { Update: { TableName: 'items', Key: item('a'), UpdateExpression: 'SET w = :v', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(409_595) } } } },
      ],
    });
    expectError(canceled, 'TransactionCanceledException', 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, ConditionalCheckFailed, ValidationError]');
    expect(canceled.extras.CancellationReasons).to.deep.equal([
      { Code: 'None' },
      { Item: item('b', { v: { N: '1' } }), Code: 'ConditionalCheckFailed', Message: 'The conditional request failed.' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      { Code: 'ValidationError', Message: 'Item size to update has exceeded the maximum allowed size' },
    ]);
    expect(changes.length).to.equal(before);
    expect(run('GetItem', { TableName: 'items', Key: item('c') })).to.deep.equal({});
    run('TransactWriteItems', {
      TransactItems: [
        { Put: { TableName: 'items', Item: item('c') } },
        { ConditionCheck: { TableName: 'items', Key: item('b'), ConditionExpression: 'attribute_exists(pk)' } },
        { Update: { TableName: 'items', Key: item('a'), UpdateExpression: 'SET v = v + :one', ExpressionAttributeValues: { ':one': { N: '1' } } } },
      ],
    });
    expect(changes.slice(before).map((change) => `${change.eventName} ${JSON.stringify(change.keys)}`)).to.deep.equal(['INSERT {"pk":{"S":"c"}}', 'MODIFY {"pk":{"S":"a"}}']);
    expect(run('TransactGetItems', { TransactItems: [{ Get: { TableName: 'items', Key: item('a'), ProjectionExpression: 'v' } }, { Get: { TableName: 'items', Key: item('nope') } }] })).to.deep.equal({
      Responses: [{ Item: { v: { N: '2' } } }, {}],
    });
  });

  it('refuses two actions on one item, and malformed actions', () => {
    const { fail } = engineFixture({});
    expectError(
      fail('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'items', Item: item('a') } }, { Delete: { TableName: 'items', Key: item('a') } }] }),
      'ValidationException',
      'Transaction request cannot include multiple operations on one item',
    );
    expectError(
      fail('TransactGetItems', { TransactItems: [{ Get: { TableName: 'items', Key: item('a') } }, { Get: { TableName: 'items', Key: item('a') } }] }),
      'ValidationException',
      'Transaction request cannot include multiple operations on one item',
    );
    expectError(fail('TransactWriteItems', { TransactItems: [{}] }), 'ValidationException', 'Invalid Request: TransactWriteRequest should contain Delete or Put or Update request');
    expectError(
      fail('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'items', Item: item('q') }, Delete: { TableName: 'items', Key: item('q') } }] }),
      'ValidationException',
      'TransactItems can only contain one of Check, Put, Update or Delete',
    );
    expectError(fail('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'nope-nope', Item: item('q') } }] }), 'ResourceNotFoundException', 'Requested resource not found');
  });

  it('makes a ClientRequestToken idempotent for ten minutes', () => {
    const { run, fail, clock, changes } = engineFixture({});
    const request = { TransactItems: [{ Update: { TableName: 'items', Key: item('n'), UpdateExpression: 'ADD c :one', ExpressionAttributeValues: { ':one': { N: '1' } } } }], ClientRequestToken: 'token-1' };
    run('TransactWriteItems', request);
    run('TransactWriteItems', request);
    expect(run('GetItem', { TableName: 'items', Key: item('n') })).to.deep.equal({ Item: item('n', { c: { N: '1' } }) });
    expect(changes).to.have.length(1);
    expect(fail('TransactWriteItems', { ...request, TransactItems: [{ Put: { TableName: 'items', Item: item('other') } }] }).errorName).to.equal('IdempotentParameterMismatchException');
    clock.advance(10 * 60 * 1000);
    run('TransactWriteItems', request);
    expect(run('GetItem', { TableName: 'items', Key: item('n') })).to.deep.equal({ Item: item('n', { c: { N: '2' } }) });
  });

  it('is all or nothing under random conditions', () => {
    const action = fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd', 'e'), kind: fc.constantFrom('Put', 'Delete', 'Update', 'ConditionCheck'), expect: fc.constantFrom('exists', 'absent', 'none') });
    fc.assert(
      fc.property(fc.uniqueArray(action, { selector: (candidate) => candidate.key, minLength: 1, maxLength: 5 }), fc.subarray(['a', 'b', 'c', 'd', 'e']), (actions, present) => {
        const { run, fail } = engineFixture({});
        for (const pk of present) run('PutItem', { TableName: 'items', Item: item(pk, { v: { N: '0' } }) });
        const before = run('Scan', { TableName: 'items' })['Items'];
        const transactItems = actions.map(({ key, kind, expect: condition }) => {
          const body: Record<string, unknown> = { TableName: 'items' };
          if (condition !== 'none' || kind === 'ConditionCheck') body['ConditionExpression'] = condition === 'absent' ? 'attribute_not_exists(pk)' : 'attribute_exists(pk)';
          if (kind === 'Put') body['Item'] = item(key, { v: { N: '1' } });
          else body['Key'] = item(key);
          if (kind === 'Update') Object.assign(body, { UpdateExpression: 'SET v = :one', ExpressionAttributeValues: { ':one': { N: '1' } } });
          return { [kind]: body };
        });
        const succeeds = actions.every(({ key, kind, expect: condition }) => {
          const exists = present.includes(key);
          if (condition === 'none') return kind !== 'ConditionCheck' || exists;
          return condition === 'exists' ? exists : !exists;
        });
        if (succeeds) {
          run('TransactWriteItems', { TransactItems: transactItems });
          for (const { key, kind } of actions) {
            const found = run('GetItem', { TableName: 'items', Key: item(key) })['Item'];
            if (kind === 'Delete') expect(found).to.equal(undefined);
            if (kind === 'Put' || kind === 'Update') expect(found).to.deep.equal(item(key, { v: { N: '1' } }));
          }
        } else {
          expect(fail('TransactWriteItems', { TransactItems: transactItems }).errorName).to.equal('TransactionCanceledException');
          expect(run('Scan', { TableName: 'items' })['Items']).to.deep.equal(before);
        }
      }),
      { numRuns: 80 },
    );
  });
});
