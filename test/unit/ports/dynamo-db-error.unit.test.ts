import { expect } from 'chai';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import { classifyDynamoDbError, dynamoDbErrorFrom } from '../../../ports/dynamo-db-error-classification.js';

describe('DynamoDbError', () => {
  it('is recognised through its Symbol.for brand, also from another copy of the class', () => {
    const error = dynamoDbErrorFrom({ errorName: 'ConditionalCheckFailedException', message: 'The conditional request failed' });
    const foreign = { [Symbol.for('dynamo-hexagon.DynamoDbError')]: true };
    expect(DynamoDbError.is(error)).to.equal(true);
    expect(DynamoDbError.is(foreign)).to.equal(true);
    expect(DynamoDbError.is(new Error('x'))).to.equal(false);
    expect(DynamoDbError.isConditionFailed(error)).to.equal(true);
  });

  it('strips the namespace of wire error names', () => {
    const error = dynamoDbErrorFrom({ errorName: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', message: 'Requested resource not found' });
    expect(error.errorName).to.equal('ResourceNotFoundException');
    expect(error.kind).to.equal('service');
    expect(error.reason).to.equal('ResourceNotFound');
  });

  const cases: [string, string, string, string, boolean][] = [
    ['ConditionalCheckFailedException', 'The conditional request failed', 'conditional-check', 'ConditionFailed', false],
    ['TransactionConflictException', 'Transaction is ongoing for the item', 'conditional-check', 'TransactionConflict', true],
    ['ProvisionedThroughputExceededException', 'x', 'throughput', 'ProvisionedThroughputExceeded', true],
    ['ThrottlingException', 'Rate of requests exceeds the allowed throughput.', 'throughput', 'Throttling', true],
    ['RequestLimitExceeded', 'x', 'throughput', 'RequestLimitExceeded', true],
    ['IdempotentParameterMismatchException', 'x', 'transaction', 'IdempotentParameterMismatch', false],
    ['TransactionInProgressException', 'x', 'transaction', 'TransactionInProgress', true],
    ['ItemCollectionSizeLimitExceededException', 'x', 'item', 'ItemCollectionSizeLimitExceeded', false],
    ['InternalServerError', 'x', 'service', 'InternalServerError', true],
    ['ServiceUnavailable', 'x', 'service', 'ServiceUnavailable', true],
    ['AccessDeniedException', 'x', 'authentication', 'AccessDenied', false],
    ['ExpiredTokenException', 'x', 'authentication', 'TokenExpired', false],
    ['UnrecognizedClientException', 'The security token included in the request is invalid.', 'configuration', 'InvalidCredentials', false],
    ['ValidationException', 'Item size has exceeded the maximum allowed size', 'item', 'ItemTooLarge', false],
    ['ValidationException', 'The provided key element does not match the schema', 'validation', 'InvalidKey', false],
    ['ValidationException', 'One of the required keys was not given a value', 'validation', 'MissingRequiredKey', false],
    ['ValidationException', 'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "a ="', 'validation', 'InvalidExpression', false],
    ['ContinuousBackupsUnavailableException', 'Backups are being enabled for the table', 'service', 'ServiceUnavailable', true],
    ['TableNotFoundException', 'Table not found: t', 'service', 'ResourceNotFound', false],
    ['UnknownOperationException', 'An unknown operation was requested.', 'configuration', 'UnsupportedOperation', false],
    ['ExpiredIteratorException', 'Iterator expired', 'validation', 'InvalidParameter', false],
    ['TrimmedDataAccessException', 'x', 'service', 'ResourceNotFound', false],
    ['SerializationException', 'NUMBER_VALUE cannot be converted to String', 'validation', 'InvalidParameter', false],
    ['SomethingNew', 'x', 'service', 'Unknown', false],
  ];
  for (const [name, message, kind, reason, retryable] of cases) {
    it(`classifies ${name}${name === 'ValidationException' ? ` (${message.slice(0, 30)}…)` : ''} as ${kind}/${reason}`, () => {
      expect(classifyDynamoDbError(name, message)).to.deep.equal({ kind, reason, retryable });
    });
  }

  it('classifies a canceled transaction by its reasons', () => {
    expect(classifyDynamoDbError('TransactionCanceledException', 'x', [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }]).retryable).to.equal(false);
    expect(classifyDynamoDbError('TransactionCanceledException', 'x', [{ Code: 'None' }, { Code: 'TransactionConflict' }])).to.deep.equal({ kind: 'transaction', reason: 'TransactionConflict', retryable: true });
    expect(classifyDynamoDbError('TransactionCanceledException', 'x', [{ Code: 'ThrottlingError' }]).retryable).to.equal(true);
  });

  it('serialises to JSON without its cause', () => {
    const error = new DynamoDbError({ kind: 'service', reason: 'Network', errorName: 'NetworkingError', message: 'down', retryable: true, cause: { secret: 'hidden' } });
    expect(JSON.stringify(error)).not.to.include('hidden');
    expect(JSON.parse(JSON.stringify(error))).to.include({ kind: 'service', errorName: 'NetworkingError', retryable: true });
  });
});
