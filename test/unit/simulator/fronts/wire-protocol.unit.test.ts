/**
 * DynamoDB's JSON protocol as the simulator speaks it: the exact error bodies (`__type` with
 * DynamoDB's namespaces, `message` or `Message` as DynamoDB's model names it, the extra members),
 * the status codes, and what happens to requests that are not DynamoDB requests at all.
 */
import { expect } from 'chai';
import { serviceUnavailableError, internalServerError, transactionConflictCancellation } from '../../../../adapters/simulator/faults/injected-errors.js';
import { wireErrorAnswer } from '../../../../adapters/simulator/fronts/wire/wire-error-body.js';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import { createTestTable, testSimulator } from './support/test-simulator.js';

async function call(simulator: Simulator, target: string, body: string): Promise<{ statusCode: number; body: unknown }> {
  const { response } = await simulator.requestHandler.handle({ method: 'POST', headers: { 'x-amz-target': target }, body });
  const text = Buffer.from(response.body).toString('utf8');
  return { statusCode: response.statusCode, body: JSON.parse(text) as unknown };
}

describe('simulator wire front: the JSON protocol', () => {
  describe('error bodies', () => {
    const cases: readonly (readonly [SimulatorError, number, Record<string, unknown>])[] = [
      [SimulatorError.validation('The table name is wrong'), 400, { __type: 'com.amazon.coral.validate#ValidationException', message: 'The table name is wrong' }],
      [new SimulatorError('ResourceNotFoundException', 'Requested resource not found'), 400, { __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', message: 'Requested resource not found' }],
      [
        new SimulatorError('ConditionalCheckFailedException', 'The conditional request failed', { Item: { pk: { S: 'a' }, b: { B: new Uint8Array([1, 2, 3]) } } }),
        400,
        { __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'The conditional request failed', Item: { pk: { S: 'a' }, b: { B: 'AQID' } } },
      ],
      [
        transactionConflictCancellation(2, new Set([0])),
        400,
        {
          __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
          Message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict, None]',
          CancellationReasons: [{ Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' }, { Code: 'None' }],
        },
      ],
      [new SimulatorError('IdempotentParameterMismatchException', 'mismatch'), 400, { __type: 'com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException', Message: 'mismatch' }],
      [internalServerError(), 500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' }],
      [serviceUnavailableError(), 503, { __type: 'com.amazonaws.dynamodb.v20120810#ServiceUnavailable', message: 'DynamoDB is currently unavailable. (This should be a temporary state.)' }],
      [new SimulatorError('SerializationException', ''), 400, { __type: 'com.amazon.coral.service#SerializationException' }],
    ];
    for (const [error, statusCode, body] of cases) {
      it(`writes ${error.errorName} as DynamoDB does (HTTP ${statusCode})`, () => {
        const answer = wireErrorAnswer(error);
        expect(answer.statusCode).to.equal(statusCode);
        expect(JSON.parse(answer.body)).to.deep.equal(body);
      });
    }
  });

  describe('requests', () => {
    let simulator: Simulator;

    beforeEach(async () => {
      simulator = testSimulator();
      await createTestTable(simulator, 'protocol-table');
    });

    it('answers an unknown target, or a streams operation under the DynamoDB prefix, with UnknownOperationException', async () => {
      for (const target of ['DynamoDB_20120810.Frobnicate', 'DynamoDB_20120810.GetRecords', 'DynamoDBStreams_20120810.PutItem', 'Kinesis_20131202.ListStreams', 'DynamoDB_20120810.']) {
        const answer = await call(simulator, target, '{}');
        // DynamoDB's service framework names no message for it.
        expect(answer, target).to.deep.equal({ statusCode: 400, body: { __type: 'com.amazon.coral.service#UnknownOperationException' } });
      }
      const { response } = await simulator.requestHandler.handle({ headers: {}, body: '{}' });
      expect(response.statusCode).to.equal(400);
    });

    it('answers a body that is not a JSON object with SerializationException', async () => {
      for (const body of ['{not json', '[]', '"text"', 'null', '5']) {
        expect(await call(simulator, 'DynamoDB_20120810.ListTables', body), body).to.deep.equal({ statusCode: 400, body: { __type: 'com.amazon.coral.service#SerializationException' } });
      }
    });

    it('reads the body before the target: unreadable JSON is a SerializationException whatever the target', async () => {
      for (const target of [undefined, 'whatever', 'DynamoDB_20120810.Frobnicate']) {
        const { response } = await simulator.requestHandler.handle({ headers: target === undefined ? {} : { 'x-amz-target': target }, body: 'hi' });
        expect(JSON.parse(Buffer.from(response.body).toString('utf8')), String(target)).to.deep.equal({ __type: 'com.amazon.coral.service#SerializationException' });
      }
    });

    it('refuses an empty body with SerializationException: an empty request is `{}`, not nothing', async () => {
      expect(await call(simulator, 'DynamoDB_20120810.ListTables', '')).to.deep.equal({ statusCode: 400, body: { __type: 'com.amazon.coral.service#SerializationException' } });
      expect(await call(simulator, 'DynamoDB_20120810.ListTables', '{}')).to.deep.equal({ statusCode: 200, body: { TableNames: ['protocol-table'] } });
    });

    it('rejects binaries that are not base64 with DynamoDB\'s serialization messages, and stores nothing', async () => {
      const put = (b: unknown): Promise<{ statusCode: number; body: unknown }> =>
        call(simulator, 'DynamoDB_20120810.PutItem', JSON.stringify({ TableName: 'protocol-table', Item: { pk: { S: 'bad' }, b: { B: b } } }));
      const message = async (b: unknown): Promise<unknown> => ((await put(b)).body as { Message?: unknown }).Message;
      expect(await message('23456')).to.equal('Base64 encoded length is expected a multiple of 4 bytes but found: 5');
      expect(await message('ab!d')).to.equal('Invalid last non-pad Base64 character dectected');
      expect(await message(34)).to.equal('only base-64-encoded strings are convertible to bytes');
      expect(await message({})).to.equal('Start of structure or map found where not expected');
      expect((await put('23456')).statusCode).to.equal(400);
      expect((await simulator.port.getItem({ TableName: 'protocol-table', Key: { pk: 'bad' } })).Item).to.equal(undefined);
    });

    it('decodes binaries wherever a request carries values: conditions, keys, batches, transactions', async () => {
      const bytes = { B: 'AQID' };
      const send = (operation: string, request: unknown): Promise<{ statusCode: number; body: unknown }> => call(simulator, `DynamoDB_20120810.${operation}`, JSON.stringify(request));
      expect((await send('PutItem', { TableName: 'protocol-table', Item: { pk: { S: 'p' }, b: bytes }, ConditionExpression: 'attribute_not_exists(b) OR b <> :b', ExpressionAttributeValues: { ':b': bytes } })).statusCode).to.equal(200);
      expect((await send('BatchWriteItem', { RequestItems: { 'protocol-table': [{ PutRequest: { Item: { pk: { S: 'q' }, bs: { BS: ['AQ==', 'Ag=='] } } } }] } })).statusCode).to.equal(200);
      expect((await send('TransactWriteItems', { TransactItems: [{ Update: { TableName: 'protocol-table', Key: { pk: { S: 'p' } }, UpdateExpression: 'SET c = :c', ConditionExpression: 'b = :b', ExpressionAttributeValues: { ':b': bytes, ':c': { L: [bytes] } } } }] })).statusCode).to.equal(200);
      const item = (await simulator.port.getItem({ TableName: 'protocol-table', Key: { pk: 'p' } })).Item;
      expect(item).to.deep.equal({ pk: 'p', b: new Uint8Array([1, 2, 3]), c: [new Uint8Array([1, 2, 3])] });
      expect((await simulator.port.getItem({ TableName: 'protocol-table', Key: { pk: 'q' } })).Item).to.deep.equal({ pk: 'q', bs: new Set([new Uint8Array([1]), new Uint8Array([2])]) });
    });
  });
});
