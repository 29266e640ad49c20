import {
  ConditionalCheckFailedException,
  DynamoDBServiceException,
  IdempotentParameterMismatchException,
  InternalServerError,
  ItemCollectionSizeLimitExceededException,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ResourceNotFoundException,
  ThrottlingException,
  TransactionCanceledException,
  TransactionConflictException,
  TransactionInProgressException,
} from '@aws-sdk/client-dynamodb';
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { expect } from 'chai';
import { awsErrorToDynamoDbError, type ErrorMappingContext } from '../../../../adapters/aws/aws-error-to-dynamo-db-error.js';
import { SdkFailure, type RequestStage } from '../../../../adapters/aws/sdk-request-stage.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { unmarshallOptions } from '../../../../ports/marshalling-options.js';

const METADATA = { $metadata: { httpStatusCode: 400, requestId: 'r-1', attempts: 1, totalRetryDelay: 0 } };
const CONTEXT: ErrorMappingContext = { unmarshallOptions: unmarshallOptions(false), scrub: (text) => text.replaceAll('CANARY', '[redacted]') };

function service(name: string, message: string, fault: 'client' | 'server' = 'client', status = 400): DynamoDBServiceException {
  return new DynamoDBServiceException({ name, $fault: fault, message, $metadata: { httpStatusCode: status } });
}

function mapped(error: unknown, stage: RequestStage = 'sending', context = CONTEXT): DynamoDbError {
  return awsErrorToDynamoDbError(new SdkFailure(stage, error), 'PutItem', context);
}

function summary(error: DynamoDbError): [string, string, string, boolean] {
  return [error.kind, error.reason, error.errorName, error.retryable];
}

describe('awsErrorToDynamoDbError', () => {
  const codes: [string, () => Error, [string, string, string, boolean]][] = [
    ['ConditionalCheckFailedException', () => new ConditionalCheckFailedException({ message: 'The conditional request failed', ...METADATA }), ['conditional-check', 'ConditionFailed', 'ConditionalCheckFailedException', false]],
    ['ProvisionedThroughputExceededException', () => new ProvisionedThroughputExceededException({ message: 'x', ...METADATA }), ['throughput', 'ProvisionedThroughputExceeded', 'ProvisionedThroughputExceededException', true]],
    ['ThrottlingException', () => new ThrottlingException({ message: 'x', ...METADATA }), ['throughput', 'Throttling', 'ThrottlingException', true]],
    ['RequestLimitExceeded', () => new RequestLimitExceeded({ message: 'x', ...METADATA }), ['throughput', 'RequestLimitExceeded', 'RequestLimitExceeded', true]],
    ['TransactionCanceledException', () => new TransactionCanceledException({ message: 'x', CancellationReasons: [{ Code: 'ConditionalCheckFailed' }], ...METADATA }), ['transaction', 'TransactionCanceled', 'TransactionCanceledException', false]],
    ['TransactionConflictException', () => new TransactionConflictException({ message: 'x', ...METADATA }), ['conditional-check', 'TransactionConflict', 'TransactionConflictException', true]],
    ['IdempotentParameterMismatchException', () => new IdempotentParameterMismatchException({ message: 'x', ...METADATA }), ['transaction', 'IdempotentParameterMismatch', 'IdempotentParameterMismatchException', false]],
    ['TransactionInProgressException', () => new TransactionInProgressException({ message: 'x', ...METADATA }), ['transaction', 'TransactionInProgress', 'TransactionInProgressException', true]],
    ['ResourceNotFoundException', () => new ResourceNotFoundException({ message: 'Requested resource not found', ...METADATA }), ['service', 'ResourceNotFound', 'ResourceNotFoundException', false]],
    ['ValidationException', () => service('ValidationException', 'One or more parameter values were invalid: Missing the key pk in the item'), ['validation', 'InvalidParameter', 'ValidationException', false]],
    ['AccessDeniedException', () => service('AccessDeniedException', 'User: arn:aws:iam::123456789012:user/u is not authorized'), ['authentication', 'AccessDenied', 'AccessDeniedException', false]],
    ['UnrecognizedClientException', () => service('UnrecognizedClientException', 'The security token included in the request is invalid.'), ['configuration', 'InvalidCredentials', 'UnrecognizedClientException', false]],
    ['ExpiredTokenException', () => service('ExpiredTokenException', 'The security token included in the request is expired'), ['authentication', 'TokenExpired', 'ExpiredTokenException', false]],
    ['ItemCollectionSizeLimitExceededException', () => new ItemCollectionSizeLimitExceededException({ message: 'x', ...METADATA }), ['item', 'ItemCollectionSizeLimitExceeded', 'ItemCollectionSizeLimitExceededException', false]],
    ['InternalServerError', () => new InternalServerError({ message: 'x', $metadata: { httpStatusCode: 500 } }), ['service', 'InternalServerError', 'InternalServerError', true]],
    ['ServiceUnavailable', () => service('ServiceUnavailable', 'x', 'server', 503), ['service', 'ServiceUnavailable', 'ServiceUnavailable', true]],
    ['ReplicatedWriteConflictException', () => service('ReplicatedWriteConflictException', 'x'), ['conditional-check', 'TransactionConflict', 'ReplicatedWriteConflictException', true]],
  ];
  for (const [code, make, expected] of codes) {
    it(`maps the SDK's ${code} to ${expected[0]}/${expected[1]}${expected[3] ? ' (retryable)' : ''}`, () => {
      const error = mapped(make());
      expect(summary(error)).to.deep.equal(expected);
      expect(error.operation).to.equal('PutItem');
      expect(error.cause).to.equal(undefined);
    });
  }

  it('keeps the message DynamoDB sent, scrubbed', () => {
    expect(mapped(new ThrottlingException({ message: 'Rate of requests exceeds the allowed throughput. CANARY', ...METADATA })).message).to.equal('Rate of requests exceeds the allowed throughput. [redacted]');
  });

  it('unmarshals the old item of a failed condition with the adapter\'s options', () => {
    const wire = { pk: { S: 'a' }, n: { N: '12345678901234567890.5' }, tags: { SS: ['x'] } };
    const wrapped = mapped(new ConditionalCheckFailedException({ message: 'The conditional request failed', Item: wire, ...METADATA }), 'sending', { ...CONTEXT, unmarshallOptions: unmarshallOptions(true) });
    expect(wrapped.item?.['pk']).to.equal('a');
    expect(wrapped.item?.['n']).to.be.instanceOf(NumberValue);
    expect((wrapped.item?.['n'] as NumberValue).value).to.equal('12345678901234567890.5');
    expect(wrapped.item?.['tags']).to.deep.equal(new Set(['x']));
    const plain = mapped(new ConditionalCheckFailedException({ message: 'The conditional request failed', Item: { pk: { S: 'a' }, n: { N: '7' } }, ...METADATA }));
    expect(plain.item).to.deep.equal({ pk: 'a', n: 7 });
  });

  it('says so in the message, instead of dropping it silently, when the old item cannot be converted', () => {
    const error = mapped(new ConditionalCheckFailedException({ message: 'The conditional request failed', Item: { n: { N: '1.5E+200' } }, ...METADATA }));
    expect(error.reason).to.equal('ConditionFailed');
    expect(error.item).to.equal(undefined);
    expect(error.message).to.match(/^The conditional request failed \(the returned item could not be converted: 1\.5E\+200/);
  });

  it('unmarshals the items of cancellation reasons and classifies the transaction by them', () => {
    const canceled = new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
      CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { pk: { S: 'b' }, v: { N: '2' } } }],
      ...METADATA,
    });
    const error = mapped(canceled);
    expect(error.cancellationReasons).to.deep.equal([{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { pk: 'b', v: 2 } }]);
    const conflict = mapped(new TransactionCanceledException({ message: 'x', CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }], ...METADATA }));
    expect(summary(conflict)).to.deep.equal(['transaction', 'TransactionConflict', 'TransactionCanceledException', true]);
  });

  it('maps a 5xx answer DynamoDB does not model to a retryable service error', () => {
    expect(summary(mapped(service('Unknown', 'UnknownError', 'server', 500)))).to.deep.equal(['service', 'InternalServerError', 'Unknown', true]);
    const unparsable = Object.assign(new SyntaxError('Unexpected token \'<\'\n  Deserialization error: ...'), { $metadata: { httpStatusCode: 503 } });
    const error = mapped(unparsable);
    expect(summary(error)).to.deep.equal(['service', 'ServiceUnavailable', 'SyntaxError', true]);
    expect(error.message).to.equal("HTTP 503 from the service: Unexpected token '<'");
  });

  it('maps lost connections and timeouts to retryable service errors', () => {
    const reset = Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const timeout = Object.assign(new Error('request timed out'), { name: 'TimeoutError', code: 'ETIMEDOUT' });
    expect(summary(mapped(reset))).to.deep.equal(['service', 'Network', 'NetworkingError', true]);
    expect(summary(mapped(refused))).to.deep.equal(['service', 'Network', 'NetworkingError', true]);
    expect(summary(mapped(timeout))).to.deep.equal(['service', 'Timeout', 'TimeoutError', true]);
  });

  it('maps by the stage the request had reached, not by guessing from messages', () => {
    const plain = new Error('Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.');
    expect(summary(mapped(plain, 'converting-request'))).to.deep.equal(['validation', 'InvalidParameter', 'MarshallingError', false]);
    expect(summary(mapped(plain, 'converting-response'))).to.deep.equal(['validation', 'TypeMismatch', 'UnmarshallingError', false]);
    expect(mapped(plain, 'converting-response').message).to.match(/^DynamoDB processed the request, but its response could not be converted/);
    expect(summary(mapped(plain, 'preparing'))).to.deep.equal(['validation', 'InvalidParameter', 'ClientValidationError', false]);
    expect(summary(mapped(plain, 'sending'))).to.deep.equal(['service', 'Unknown', 'Error', false]);
  });

  it('maps failures to get credentials or a region to authentication and configuration errors', () => {
    const missing = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    expect(summary(mapped(missing, 'resolving-identity'))).to.deep.equal(['authentication', 'CredentialsNotFound', 'CredentialsProviderError', false]);
    expect(summary(mapped(new Error('vault down'), 'resolving-identity'))).to.deep.equal(['authentication', 'CredentialsNotFound', 'CredentialsError', false]);
    // The default chain's web identity provider calls STS; its refusal arrives as a service exception.
    expect(summary(mapped(service('InvalidIdentityTokenException', 'Invalid token'), 'resolving-identity'))).to.deep.equal(['authentication', 'AssumeRoleFailed', 'InvalidIdentityTokenException', false]);
    expect(summary(mapped(service('ExpiredTokenException', 'Token expired'), 'resolving-identity'))).to.deep.equal(['authentication', 'TokenExpired', 'ExpiredTokenException', false]);
    expect(summary(mapped(new Error('Region is missing'), 'resolving-identity'))).to.deep.equal(['configuration', 'InvalidRegion', 'InvalidRegionError', false]);
    expect(summary(mapped(new Error('Region not accepted: region="x y" is not a valid hostname component.'), 'preparing'))).to.deep.equal(['configuration', 'InvalidRegion', 'InvalidRegionError', false]);
    expect(summary(mapped(Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' }), 'preparing'))).to.deep.equal(['configuration', 'InvalidEndpoint', 'InvalidEndpointError', false]);
  });

  it('maps an SDK error that did not pass the stage guard by its shape, and keeps a DynamoDbError as it is', () => {
    expect(summary(awsErrorToDynamoDbError(new ThrottlingException({ message: 'x', ...METADATA }), 'GetItem', CONTEXT))).to.deep.equal(['throughput', 'Throttling', 'ThrottlingException', true]);
    expect(summary(awsErrorToDynamoDbError(new Error('serializerMiddleware is not found when adding x'), 'GetItem', CONTEXT))[0]).to.equal('configuration');
    const own = new DynamoDbError({ kind: 'service', reason: 'Network', errorName: 'NetworkingError', message: 'x', retryable: true });
    expect(awsErrorToDynamoDbError(own, 'GetItem', CONTEXT)).to.equal(own);
  });
});
