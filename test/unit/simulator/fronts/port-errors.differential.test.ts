/**
 * Errors reach port callers as the AWS adapter reports them: for each error the engine (or fault
 * injection) raises, the port's DynamoDbError equals the one the AWS adapter makes of the same
 * error sent over DynamoDB's wire protocol, item and cancellation reasons (in document shape)
 * included. The wire bodies themselves are checked in the wire front's tests.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { assembleSimulator } from '../../../../adapters/simulator/assemble-simulator.js';
import { internalServerError, serviceUnavailableError, throttlingError, transactionConflictCancellation } from '../../../../adapters/simulator/faults/injected-errors.js';
import { wireErrorAnswer } from '../../../../adapters/simulator/fronts/wire/wire-error-body.js';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import type { AttributeMap } from '../../../../adapters/simulator/values/attribute-value.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { OperationName } from '../../../../ports/dynamo-db-operations.js';
import { wireItem } from './support/document-arbitraries.js';
import { scriptedEngine } from './support/scripted-engine.js';
import { awsAdapterSend, capturingHandler, errorShape } from './support/sdk-clients.js';

async function viaPort(operation: OperationName, error: SimulatorError): Promise<Record<string, unknown>> {
  const simulator = assembleSimulator(scriptedEngine(() => { throw error; }));
  const failure: unknown = await simulator.port.send(operation, { TableName: 'table-1' }).then(() => undefined, (caught: unknown) => caught);
  expect(DynamoDbError.is(failure), 'the port rejects with a DynamoDbError').to.equal(true);
  return errorShape(failure);
}

async function viaAwsAdapter(operation: OperationName, error: SimulatorError): Promise<Record<string, unknown>> {
  const capture = capturingHandler(() => wireErrorAnswer(error));
  const failure: unknown = await awsAdapterSend(capture.handler)(operation, { TableName: 'table-1' }).then(() => undefined, (caught: unknown) => caught);
  return errorShape(failure);
}

const ITEM: AttributeMap = { pk: { S: 'a' }, n: { N: '12.5' }, b: { B: new Uint8Array([0, 255]) }, tags: { SS: ['x', 'y'] }, nested: { M: { l: { L: [{ BOOL: true }, { NULL: true }] } } } };

const CASES: readonly (readonly [OperationName, SimulatorError])[] = [
  ['PutItem', new SimulatorError('ConditionalCheckFailedException', 'The conditional request failed')],
  ['PutItem', new SimulatorError('ConditionalCheckFailedException', 'The conditional request failed', { Item: ITEM })],
  ['TransactWriteItems', new SimulatorError(
    'TransactionCanceledException',
    'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
    { CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: ITEM }] },
  )],
  ['TransactWriteItems', transactionConflictCancellation(3, new Set([1]))],
  ['GetItem', SimulatorError.validation('One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N')],
  ['UpdateItem', SimulatorError.validation('Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "SET a"')],
  ['PutItem', SimulatorError.validation('Item size has exceeded the maximum allowed size')],
  ['GetItem', new SimulatorError('ResourceNotFoundException', 'Requested resource not found')],
  ['CreateTable', new SimulatorError('ResourceInUseException', 'Table already exists: table-1')],
  ['PutItem', internalServerError()],
  ['PutItem', serviceUnavailableError()],
  ['PutItem', throttlingError('ThrottlingException')],
  ['Query', throttlingError('ProvisionedThroughputExceededException')],
  ['BatchWriteItem', throttlingError('RequestLimitExceeded')],
  ['PutItem', new SimulatorError('TransactionConflictException', 'Transaction is ongoing for the item')],
  ['TransactWriteItems', new SimulatorError('IdempotentParameterMismatchException', 'The request uses the same client token as a previous, but non-identical request.')],
  ['TransactWriteItems', new SimulatorError('TransactionInProgressException', 'Transaction is in progress')],
  ['PutItem', new SimulatorError('ItemCollectionSizeLimitExceededException', 'Item collection size limit exceeded')],
];

describe('simulator port front: errors', () => {
  for (const [operation, error] of CASES) {
    it(`reports ${operation} failing with ${error.errorName} (${error.message.slice(0, 40)}) as the AWS adapter does`, async () => {
      expect(await viaPort(operation, error)).to.deep.equal(await viaAwsAdapter(operation, error));
    });
  }

  it('unmarshals the item of a failed condition like the AWS adapter, for any item', async () => {
    await fc.assert(
      fc.asyncProperty(wireItem, async (item) => {
        const error = new SimulatorError('ConditionalCheckFailedException', 'The conditional request failed', { Item: item as AttributeMap });
        expect(await viaPort('DeleteItem', error)).to.deep.equal(await viaAwsAdapter('DeleteItem', error));
      }),
      { numRuns: 40 },
    );
  });

  it('leaves out an item it cannot convert (a number beyond JavaScript without wrapNumbers) and says so', async () => {
    const error = new SimulatorError('ConditionalCheckFailedException', 'The conditional request failed', { Item: { pk: { S: 'a' }, n: { N: '1E+125' } } });
    const port = await viaPort('PutItem', error);
    expect(port).to.deep.equal(await viaAwsAdapter('PutItem', error));
    expect(port).to.include({
      reason: 'ConditionFailed',
      message: "The conditional request failed (the returned item could not be converted: 1E+125 can't be converted to BigInt. Set options.wrapNumbers to get string value.)",
      item: undefined,
    });
    const wrapped = assembleSimulator(scriptedEngine(() => { throw error; }), { wrapNumbers: true });
    const failure = (await wrapped.port.putItem({ TableName: 'table-1', Item: { pk: 'a' } }).catch((caught: unknown) => caught)) as DynamoDbError;
    expect(String((failure.item as { n: unknown }).n)).to.equal('1E+125');
  });

  it('reports a defect of the simulator as a non-retryable internal error that keeps its cause', async () => {
    const defect = new TypeError('boom');
    const simulator = assembleSimulator(scriptedEngine(() => { throw defect; }));
    const failure = (await simulator.port.getItem({ TableName: 'table-1', Key: { pk: 'a' } }).catch((caught: unknown) => caught)) as DynamoDbError;
    expect(failure).to.include({ kind: 'service', reason: 'InternalServerError', retryable: false, operation: 'GetItem' });
    expect(failure.cause).to.equal(defect);
  });
});
