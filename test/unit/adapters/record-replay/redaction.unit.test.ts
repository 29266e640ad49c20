import { expect } from 'chai';
import { memoryCassetteStore } from '../../../../adapters/record-replay/cassette/cassette-store.js';
import { createRecordReplayPort } from '../../../../adapters/record-replay/create-record-replay-port.js';
import { scrubCredentials } from '../../../../adapters/record-replay/redaction/scrub-credentials.js';
import { RecordReplayError } from '../../../../adapters/record-replay/record-replay-error.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { createDynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { failure, player, recorded, TABLE } from './support/recorded.js';

const SECRETS = ['hunter2-canary', '4111-1111-canary', '5500-0000-canary', 'older-canary'];
const redact = ['password', 'card.number', 'cards.number'];

async function steps(port: DynamoDbPort): Promise<unknown[]> {
  const answers: unknown[] = [];
  await port.putItem({ TableName: TABLE, Item: { id: 'u1', password: 'hunter2-canary', card: { number: '4111-1111-canary', expiry: '12/30' }, cards: [{ number: '5500-0000-canary' }, 'loose'], note: 'visible' } });
  answers.push(await port.getItem({ TableName: TABLE, Key: { id: 'u1' } }));
  await port.updateItem({ TableName: TABLE, Key: { id: 'u1' }, UpdateExpression: 'SET password = :p', ConditionExpression: 'password = :old', ExpressionAttributeValues: { ':p': 'older-canary', ':old': 'hunter2-canary' } });
  await port.updateItem({ TableName: TABLE, Key: { id: 'u1' }, UpdateExpression: 'SET #x = :p', ExpressionAttributeNames: { '#x': 'password' }, ExpressionAttributeValues: { ':p': 'hunter2-canary' } });
  await port.updateItem({ TableName: TABLE, Key: { id: 'u1' }, UpdateExpression: 'SET note = :n', ExpressionAttributeValues: { ':n': 'still visible' } });
  await port.putItem({ TableName: TABLE, Item: { id: 'u2', password: 'older-canary' }, Expected: { password: { ComparisonOperator: 'NE', AttributeValueList: ['hunter2-canary'] } } });
  await port.updateItem({ TableName: TABLE, Key: { id: 'u2' }, AttributeUpdates: { password: { Action: 'PUT', Value: '4111-1111-canary' } } });
  answers.push(await port.scan({ TableName: TABLE }));
  return answers;
}

describe('record/replay port: redaction', () => {
  it('writes no redacted value anywhere in the cassette, and keeps what is not redacted', async () => {
    const store = await recorded(async (port) => { await steps(port); }, { redact });
    const text = store.text ?? '';
    for (const secret of SECRETS) expect(text).not.to.include(secret);
    expect(text).to.match(/"password": \{ "REDACTED": "hmac-sha256:[0-9a-f]{32}" \}/);
    expect(text).to.include('"expiry": { "S": "12/30" }');
    expect(text).to.include('"S": "loose"');
    expect(text).to.include('"still visible"');
  });

  it('matches on replay and answers with the values this run wrote', async () => {
    const store = await recorded(async (port) => { await steps(port); }, { redact });
    const replayed = await steps(player(store, { redact }));
    expect((replayed[0] as { Item: Record<string, unknown> }).Item).to.deep.equal({ id: 'u1', password: 'hunter2-canary', card: { number: '4111-1111-canary', expiry: '12/30' }, cards: [{ number: '5500-0000-canary' }, 'loose'], note: 'visible' });
  });

  it('answers with the marker for a redacted value this run never sent', async () => {
    const store = await recorded(async (port) => { await steps(port); }, { redact, matching: 'unordered' });
    const replay = player(store, { redact, matching: 'unordered' });
    const { Item } = await replay.getItem({ TableName: TABLE, Key: { id: 'u1' } });
    expect(Item?.['password']).to.match(/^\[redacted hmac-sha256:[0-9a-f]{32}\]$/);
    expect(Item?.['note']).to.equal('visible');
  });

  it('hashes with the redaction key: another key does not match', async () => {
    const store = await recorded(async (port) => { await steps(port); }, { redact, redactionKey: 'key one' });
    const error = await failure(steps(player(store, { redact, redactionKey: 'key two' })));
    expect(RecordReplayError.isUnmatched(error) && error.differences.map((difference) => difference.path)).to.deep.equal(['Item.card.M.number.REDACTED', 'Item.cards.L[0].M.number.REDACTED', 'Item.password.REDACTED']);
  });

  it('scrubs redacted values and credentials from recorded error messages', async () => {
    const throwing = createDynamoDbPort((operation) =>
      Promise.reject(new DynamoDbError({ kind: 'validation', reason: 'InvalidParameter', errorName: 'ValidationException', message: 'Input collection [hunter2-canary, hunter2-canary] contains duplicates; Credential=AKIAABCDEFGHIJKLMNOP/20240101/us-east-1/dynamodb/aws4_request', retryable: false, operation, cause: { secretAccessKey: 'cause-canary' } })),
    );
    const store = memoryCassetteStore();
    const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: throwing, redact });
    const error = await failure(recorder.putItem({ TableName: TABLE, Item: { id: 'x', password: 'hunter2-canary' } }));
    expect((error as Error).message).to.include('hunter2-canary');
    await recorder.close();
    const text = store.text ?? '';
    expect(text).not.to.include('hunter2-canary');
    expect(text).not.to.include('AKIAABCDEFGHIJKLMNOP');
    expect(text).not.to.include('cause-canary');
    expect(text).to.include('Input collection [[redacted], [redacted]] contains duplicates; Credential=[redacted]');
  });
});

describe('record/replay port: only DynamoDB data is written', () => {
  it('leaves out the SDK metadata, functions, symbols and anything undefined', async () => {
    const chatty = createDynamoDbPort(() =>
      Promise.resolve({
        $metadata: { httpStatusCode: 200, requestId: 'metadata-canary', extendedRequestId: 'x', attempts: 1 },
        Item: { id: 'a' },
        ConsumedCapacity: undefined,
        helper: () => 'function-canary',
        [Symbol('hidden')]: 'symbol-canary',
      } as never),
    );
    const store = memoryCassetteStore();
    const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: chatty });
    await recorder.getItem({ TableName: TABLE, Key: { id: 'a' }, ReturnConsumedCapacity: undefined, abortSignal: { reason: 'options-canary' } } as never);
    await recorder.close();
    const text = store.text ?? '';
    for (const canary of ['metadata-canary', 'function-canary', 'symbol-canary', 'options-canary', 'ConsumedCapacity', 'ReturnConsumedCapacity']) expect(text).not.to.include(canary);
    expect(text).to.include('"response": { "Item": { "id": { "S": "a" } } }');
  });
});

describe('record/replay credential scrubbing', () => {
  const cases: [string, string][] = [
    ['key AKIAIOSFODNN7EXAMPLE here', 'key [redacted] here'],
    ['Credential=ASIAXXXXXXXXXXXXXXXX/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host', 'Credential=[redacted], SignedHeaders=host'],
    ['Signature=0123abcdef', 'Signature=[redacted]'],
    ['X-Amz-Security-Token: FQoGZXIvYXdzEJr', 'X-Amz-Security-Token: [redacted]'],
    ['The conditional request failed', 'The conditional request failed'],
  ];
  for (const [text, scrubbed] of cases) {
    it(`scrubs ${JSON.stringify(text.slice(0, 30))}`, () => {
      expect(scrubCredentials(text)).to.equal(scrubbed);
    });
  }
});
