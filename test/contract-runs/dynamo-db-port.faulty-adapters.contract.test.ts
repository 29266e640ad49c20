/**
 * The suite itself under test: wrapped around the AWS adapter on DynamoDB Local, each fault
 * below is one an adapter could plausibly have, and the section that covers it must fail with
 * a report that carries the seed and the way to replay it.
 */
import { expect } from 'chai';
import { createAwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { PutItemOutput } from '../../ports/dynamo-db-item-types.js';
import type { SendOperation } from '../../ports/dynamo-db-operations.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { createDynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { QueryInput } from '../../ports/dynamo-db-read-types.js';
import { runContractSection } from '../contracts/dynamo-db-port/describe-dynamo-db-port-contract.js';
import type { PortUnderTest } from '../contracts/index.js';
import { dynamoDbLocalEndpoint } from '../support/dynamo-db-local-endpoint.js';

type Fault = (inner: DynamoDbPort) => SendOperation;

function faultyFactory(fault: Fault): () => Promise<PortUnderTest> {
  return () => {
    const inner = createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: { accessKeyId: 'contract', secretAccessKey: 'contract' } });
    return Promise.resolve({
      port: createDynamoDbPort(fault(inner)),
      dispose: () => {
        inner.close();
        return Promise.resolve();
      },
    });
  };
}

const forgetsOldItemOfPut: Fault = (inner) => async (operation, input) => {
  const output = await inner.send(operation, input);
  if (operation !== 'PutItem') return output;
  const { Attributes: _dropped, ...rest } = output as PutItemOutput;
  return rest;
};

const ignoresBackwardQueries: Fault = (inner) => (operation, input) => {
  const query = input as QueryInput;
  if (operation === 'Query' && query.ScanIndexForward === false) return inner.send('Query', { ...query, ScanIndexForward: true });
  return inner.send(operation, input);
};

const reversesCancellationReasons: Fault = (inner) => async (operation, input) => {
  try {
    return await inner.send(operation, input);
  } catch (error) {
    const reasons = DynamoDbError.is(error) ? error.cancellationReasons : undefined;
    if (!DynamoDbError.is(error) || reasons === undefined) throw error;
    throw new DynamoDbError({ ...error.details(), cancellationReasons: [...reasons].reverse() });
  }
};

const cases: readonly { fault: string; section: string; make: Fault; symptom: RegExp }[] = [
  { fault: 'PutItem forgets ReturnValues ALL_OLD', section: 'PutItem, GetItem and DeleteItem', make: forgetsOldItemOfPut, symptom: /Attributes of PutItem/ },
  { fault: 'Query ignores ScanIndexForward false', section: 'Query pages', make: ignoresBackwardQueries, symptom: /Query pk=.* backward/ },
  { fault: 'TransactWriteItems gives its cancellation reasons in reverse order', section: 'TransactWriteItems is all or nothing', make: reversesCancellationReasons, symptom: /cancellation reason/ },
];

describe('the DynamoDB port contract on faulty adapters', () => {
  for (const { fault, section, make, symptom } of cases) {
    it(`fails when ${fault}, reporting how to replay the failure`, async function () {
      this.timeout(300_000);
      const failure = await runContractSection(section, faultyFactory(make), { numRuns: 200 }).then(
        () => expect.fail(`the section "${section}" passed on an adapter where ${fault}`),
        (error: unknown) => error,
      );
      expect(failure).to.be.instanceOf(Error);
      const { message, cause } = failure as Error;
      expect(message).to.match(/seed: -?\d+, path: "[\d:]+"/);
      expect(message).to.match(/CONTRACT_SEED=-?\d+ CONTRACT_PATH='[\d:]+' CONTRACT_REPLAY_PATH='[^']+'/);
      expect(`${message}\n${String(cause)}`).to.match(symptom);
    });
  }
});
