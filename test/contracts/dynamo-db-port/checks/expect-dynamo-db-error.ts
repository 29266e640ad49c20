/** Awaits a call that must fail with a DynamoDbError of the given kind, and returns that error. */
import { expect } from 'chai';
import type { DynamoDbErrorKind } from '../../../../ports/dynamo-db-error.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';

export async function expectDynamoDbError(call: Promise<unknown>, kind: DynamoDbErrorKind, what: string): Promise<DynamoDbError> {
  let outcome: unknown;
  try {
    outcome = await call;
  } catch (error) {
    if (!DynamoDbError.is(error)) {
      const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      expect.fail(`${what}: expected a DynamoDbError of kind '${kind}', got ${shown}`);
    }
    expect(error.kind, `${what}: error kind (${error.errorName}: ${error.message})`).to.equal(kind);
    return error;
  }
  return expect.fail(`${what}: expected a DynamoDbError of kind '${kind}', but the call succeeded with ${JSON.stringify(outcome)}`);
}
