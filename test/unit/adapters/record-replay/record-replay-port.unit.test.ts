import { NumberValueImpl as NumberValue } from '@aws-sdk/util-dynamodb';
import { expect } from 'chai';
import { memoryCassetteStore } from '../../../../adapters/record-replay/cassette/cassette-store.js';
import { createRecordReplayPort } from '../../../../adapters/record-replay/create-record-replay-port.js';
import { RecordReplayError } from '../../../../adapters/record-replay/record-replay-error.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { counting, fixedSimulator, JANUARY_2024, withoutRunDependentFields } from './support/fixtures.js';
import { NO_FAULTS, runScenario } from './support/scenario.js';
import { simulatorFaults } from './support/simulator-faults.js';

async function recordScenario(options: { normalizers?: [] } = {}, startMs = JANUARY_2024): Promise<{ text: string; outcomes: Awaited<ReturnType<typeof runScenario>> }> {
  const simulator = fixedSimulator(startMs);
  const store = memoryCassetteStore();
  const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: simulator.port, streamsTarget: simulator.streams, ...options });
  const outcomes = await runScenario(recorder, recorder.streams, simulatorFaults(simulator));
  await recorder.close();
  return { text: store.text ?? '', outcomes };
}

describe('record/replay port: modes', () => {
  it('replays the scenario exactly without any target: every response and every typed error', async () => {
    const { text, outcomes } = await recordScenario({ normalizers: [] });
    const reasons = outcomes.map((outcome) => ('error' in outcome ? String(outcome.error['reason']) : undefined));
    expect(reasons).to.include.members(['ConditionFailed', 'TransactionCanceled', 'IdempotentParameterMismatch', 'Throttling', 'InvalidParameter']);
    expect(outcomes.filter((outcome) => outcome.operation === 'BatchWriteItem').length).to.be.greaterThan(1);
    expect(outcomes.filter((outcome) => outcome.operation === 'BatchGetItem').length).to.be.greaterThan(1);
    expect(outcomes.filter((outcome) => outcome.operation === 'GetRecords').length).to.be.greaterThan(1);
    expect(outcomes.filter((outcome) => outcome.operation.endsWith('Resource') || outcome.operation === 'ListTagsOfResource').map((outcome) => ('error' in outcome ? outcome.error['errorName'] : outcome.response))).to.deep.equal([
      {},
      {},
      { Tags: [{ Key: 'Key', Value: 'changed' }] },
      'ValidationException',
    ]);
    const player = createRecordReplayPort({ mode: 'replay', cassette: memoryCassetteStore(text), normalizers: [] });
    const replayed = await runScenario(player, player.streams, NO_FAULTS);
    expect(replayed).to.deep.equal(outcomes);
    expect(player.unreplayed()).to.deep.equal([]);
    player.assertAllReplayed();
  });

  it('replays the scenario with the default normalizers, answering the same apart from what they replace', async () => {
    const { text, outcomes } = await recordScenario();
    const player = createRecordReplayPort({ mode: 'replay', cassette: memoryCassetteStore(text) });
    const replayed = await runScenario(player, player.streams, NO_FAULTS);
    expect(withoutRunDependentFields(replayed)).to.deep.equal(withoutRunDependentFields(outcomes));
    player.assertAllReplayed();
  });

  it('gives a byte-identical cassette when unchanged behaviour is recorded again at another time', async () => {
    const first = await recordScenario({}, JANUARY_2024);
    const second = await recordScenario({}, Date.UTC(2031, 6, 15, 12, 30));
    expect(first.text).to.include('{{dateTime:1}}');
    expect(second.text).to.equal(first.text);
  });

  it('passthrough forwards everything and touches no cassette', async () => {
    const target = counting(fixedSimulator().port);
    const store = memoryCassetteStore();
    const port = createRecordReplayPort({ mode: 'passthrough', cassette: store, target });
    await port.listTables({});
    await port.close();
    expect(target.calls).to.deep.equal(['ListTables']);
    expect(store.text).to.equal(undefined);
  });

  it('record-missing replays what the cassette holds, records what is new, and keeps what was not asked for', async () => {
    const store = memoryCassetteStore();
    const first = createRecordReplayPort({ mode: 'record', cassette: store, target: fixedSimulator().port });
    await first.listTables({});
    await first.describeTable({ TableName: 'absent' }).catch(() => undefined);
    await first.close();

    const target = counting(fixedSimulator().port);
    const second = createRecordReplayPort({ mode: 'record-missing', cassette: store, target, matching: 'unordered' });
    await second.listTables({});
    await second.listTables({ Limit: 5 });
    await second.close();
    expect(target.calls).to.deep.equal(['ListTables']);
    expect(second.unreplayed().map((entry) => entry.operation)).to.deep.equal(['DescribeTable']);

    const replay = createRecordReplayPort({ mode: 'replay', cassette: store });
    expect((await replay.listTables({})).TableNames).to.deep.equal([]);
    expect((await replay.listTables({ Limit: 5 })).TableNames).to.deep.equal([]);
    const error: unknown = await replay.describeTable({ TableName: 'absent' }).catch((failure: unknown) => failure);
    expect(DynamoDbError.is(error) && error.reason).to.equal('ResourceNotFound');
    replay.assertAllReplayed();
  });

  it('record-missing with ordered matching writes the new interactions where the run made them', async () => {
    const store = memoryCassetteStore();
    const first = createRecordReplayPort({ mode: 'record', cassette: store, target: fixedSimulator().port });
    await first.listTables({ Limit: 1 });
    await first.listTables({ Limit: 3 });
    await first.close();
    const second = createRecordReplayPort({ mode: 'record-missing', cassette: store, target: fixedSimulator().port });
    await second.listTables({ Limit: 1 });
    await second.listTables({ Limit: 2 });
    await second.listTables({ Limit: 3 });
    await second.close();
    const limits = [...(store.text ?? '').matchAll(/"Limit": (\d)/g)].map((match) => Number(match[1]));
    expect(limits).to.deep.equal([1, 2, 3]);
    const replay = createRecordReplayPort({ mode: 'replay', cassette: store });
    for (const Limit of [1, 2, 3]) await replay.listTables({ Limit });
    replay.assertAllReplayed();
  });

  it('errors replay as the same typed DynamoDbError: kind, reason, name, retryable, item, cancellation reasons', async () => {
    const simulator = fixedSimulator();
    const store = memoryCassetteStore();
    const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: simulator.port });
    const steps = async (port: typeof recorder): Promise<unknown[]> => {
      await port.createTable({ TableName: 'tbl', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' });
      await port.putItem({ TableName: 'tbl', Item: { id: 'a', tags: new Set(['x']) } });
      const failures: unknown[] = [];
      await port.putItem({ TableName: 'tbl', Item: { id: 'a' }, ConditionExpression: 'attribute_not_exists(id)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }).catch((error: unknown) => failures.push(error));
      await port.transactWriteItems({ TransactItems: [{ Put: { TableName: 'tbl', Item: { id: 'b' } } }, { ConditionCheck: { TableName: 'tbl', Key: { id: 'a' }, ConditionExpression: 'attribute_not_exists(id)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } }] }).catch((error: unknown) => failures.push(error));
      if (port === recorder) simulator.faults.inject({ operation: 'GetItem', fault: { kind: 'throttling' }, times: 1 });
      await port.getItem({ TableName: 'tbl', Key: { id: 'a' } }).catch((error: unknown) => failures.push(error));
      return failures;
    };
    const recorded = await steps(recorder);
    await recorder.close();
    const replayed = await steps(createRecordReplayPort({ mode: 'replay', cassette: store }));
    expect(replayed).to.have.length(3);
    replayed.forEach((error, index) => {
      expect(DynamoDbError.is(error)).to.equal(true);
      const { cause: _recordedCause, ...expected } = (recorded[index] as DynamoDbError).details();
      const { cause: _replayedCause, ...actual } = (error as DynamoDbError).details();
      expect(actual).to.deep.equal(expected);
    });
    const [condition, canceled, throttled] = replayed as DynamoDbError[];
    expect(DynamoDbError.isConditionFailed(condition)).to.equal(true);
    expect(condition?.item).to.deep.equal({ id: 'a', tags: new Set(['x']) });
    expect(canceled?.cancellationReasons?.map(({ Code, Item }) => ({ Code, Item }))).to.deep.equal([{ Code: 'None', Item: undefined }, { Code: 'ConditionalCheckFailed', Item: { id: 'a', tags: new Set(['x']) } }]);
    expect(throttled).to.include({ kind: 'throughput', reason: 'Throttling', retryable: true });
  });

  it('record-missing leaves an unchanged cassette alone when nothing is new', async () => {
    const store = memoryCassetteStore();
    const first = createRecordReplayPort({ mode: 'record', cassette: store, target: fixedSimulator().port });
    await first.listTables({});
    await first.close();
    const written = store.text;
    let writes = 0;
    const watched = { ...store, read: () => store.read(), write: (text: string) => { writes += 1; return store.write(text); } };
    const second = createRecordReplayPort({ mode: 'record-missing', cassette: watched, target: fixedSimulator().port });
    await second.listTables({});
    await second.close();
    expect(writes).to.equal(0);
    expect(store.text).to.equal(written);
  });

  it('record writes nothing before close() by default, and after every interaction with save: each-interaction', async () => {
    const lazy = memoryCassetteStore();
    const onClose = createRecordReplayPort({ mode: 'record', cassette: lazy, target: fixedSimulator().port });
    await onClose.listTables({});
    expect(lazy.text).to.equal(undefined);
    await onClose.close();
    expect(lazy.text).to.include('"ListTables"');

    const eager = memoryCassetteStore();
    const eachTime = createRecordReplayPort({ mode: 'record', cassette: eager, target: fixedSimulator().port, save: 'each-interaction' });
    await eachTime.listTables({});
    await eachTime.save();
    expect(eager.text).to.include('"ListTables"');
    await eachTime.listTables({ Limit: 2 });
    await eachTime.save();
    expect(eager.text).to.include('"Limit": 2');
    await eachTime.close();
  });

  it('refuses requests after close(), and says which port', async () => {
    const port = createRecordReplayPort({ mode: 'record', cassette: memoryCassetteStore(), target: fixedSimulator().port });
    await port.close();
    const error: unknown = await port.listTables({}).catch((failure: unknown) => failure);
    expect(RecordReplayError.is(error) && error.kind).to.equal('closed');
  });

  it('reports a missing cassette, a missing target and bad options as typed errors at creation', () => {
    const attempt = (create: () => unknown): unknown => {
      try {
        create();
        return undefined;
      } catch (error) {
        return error;
      }
    };
    const missing = attempt(() => createRecordReplayPort({ mode: 'replay', cassette: memoryCassetteStore(undefined, 'cassettes/none.json') }));
    expect(RecordReplayError.is(missing) && missing.kind).to.equal('cassette-not-found');
    expect((missing as Error).message).to.include('cassettes/none.json');
    const noTarget = attempt(() => createRecordReplayPort({ mode: 'record', cassette: memoryCassetteStore() }));
    expect(RecordReplayError.is(noTarget) && noTarget.kind).to.equal('missing-target');
    const badMode = attempt(() => createRecordReplayPort({ mode: 'rewind' as 'record', cassette: memoryCassetteStore() }));
    expect(RecordReplayError.is(badMode) && badMode.kind).to.equal('invalid-options');
    const badPath = attempt(() => createRecordReplayPort({ mode: 'replay', cassette: memoryCassetteStore('{}'), redact: ['card..number'] }));
    expect(RecordReplayError.is(badPath) && badPath.kind).to.equal('invalid-options');
  });

  it('rejects a file that is not a cassette of this version, naming the problem', () => {
    const cases: [string, string][] = [
      ['not json', 'not a cassette'],
      ['{"format":"dynamo-hexagon record/replay cassette","version":2,"numbers":"native","interactions":[]}', 'version 2'],
      ['{"format":"dynamo-hexagon record/replay cassette","version":1,"numbers":"native","interactions":[{"index":0,"operation":"GetItem","request":{}}]}', 'exactly one of response and error'],
      ['{"format":"dynamo-hexagon record/replay cassette","version":1,"numbers":"native","interactions":[{"index":0,"operation":"GetItem","request":{},"error":{"kind":"weird","reason":"x","errorName":"x","message":"x","retryable":false}}]}', 'not a DynamoDbError kind'],
    ];
    for (const [text, problem] of cases) {
      let caught: unknown;
      try {
        createRecordReplayPort({ mode: 'replay', cassette: memoryCassetteStore(text) });
      } catch (error) {
        caught = error;
      }
      expect(RecordReplayError.is(caught) && caught.kind, text).to.equal('invalid-cassette');
      expect((caught as Error).message).to.include(problem);
    }
  });

  it('assertAllReplayed names the interactions the run skipped', async () => {
    const store = memoryCassetteStore();
    const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: fixedSimulator().port });
    await recorder.listTables({});
    await recorder.listTables({ Limit: 3 });
    await recorder.close();
    const player = createRecordReplayPort({ mode: 'replay', cassette: store });
    await player.listTables({});
    expect(() => { player.assertAllReplayed(); }).to.throw(RecordReplayError, /1 recorded interaction\(s\).*#1 ListTables/);
  });

  it('records numbers as the target returns them and replays NumberValue when the cassette says wrapped', async () => {
    const simulator = fixedSimulator(JANUARY_2024, { wrapNumbers: true });
    const store = memoryCassetteStore();
    const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: simulator.port, wrapNumbers: true });
    await recorder.createTable({ TableName: 'tbl', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' });
    await recorder.putItem({ TableName: 'tbl', Item: { id: 'a', n: 12.5, huge: '1' } });
    const recorded = await recorder.getItem({ TableName: 'tbl', Key: { id: 'a' } });
    await recorder.close();
    expect(store.text).to.include('"numbers": "wrapped"');
    const player = createRecordReplayPort({ mode: 'replay', cassette: store });
    await player.createTable({ TableName: 'tbl', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' });
    await player.putItem({ TableName: 'tbl', Item: { id: 'a', n: 12.5, huge: '1' } });
    const replayed = await player.getItem({ TableName: 'tbl', Key: { id: 'a' } });
    expect(replayed).to.deep.equal(recorded);
    expect(replayed.Item?.['n']).to.be.instanceOf(NumberValue).and.to.have.property('value', '12.5');
  });

  it('never shows its target or options when printed', () => {
    const port = createRecordReplayPort({ mode: 'passthrough', target: fixedSimulator().port });
    expect(port.toString()).to.equal('RecordReplayPort(passthrough, no cassette)');
    expect(JSON.stringify({ port })).to.equal('{"port":"RecordReplayPort(passthrough, no cassette)"}');
  });
});
