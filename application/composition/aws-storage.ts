/** Binds the DynamoDB port to the AWS adapter. Part of the composition root. */
import { createAwsDynamoDbPort, type AwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import type { AwsStorageOptions } from '../container-options.js';

export function createAwsStorage(options: AwsStorageOptions): AwsDynamoDbPort {
  return createAwsDynamoDbPort({
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.credentials,
    wrapNumbers: options.wrapNumbers,
  });
}
