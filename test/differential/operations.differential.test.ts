/**
 * The simulator and DynamoDB Local given the same random operation sequences through the same
 * AWS SDK client (the simulator through its SDK request handler), required to agree on every
 * answer and every error, name and message, except where known-deviations.ts records that
 * DynamoDB Local does not behave as DynamoDB. Needs DynamoDB Local (npm test starts it).
 *
 * Longer runs: DIFFERENTIAL_NUM_RUNS=300 DIFFERENTIAL_MAX_STEPS=30 npm run test:quick -- \
 *   --require test/support/global-fixtures.ts test/differential/operations.differential.test.ts
 */
import { deviationUsage } from './support/deviation-usage.js';
import { assertDifferential, propertySize, TOLERATED } from './support/differential-property.js';

describe('differential: the simulator (SDK request handler) against DynamoDB Local', function () {
  const size = propertySize(25);
  this.timeout(Math.max(120_000, size.numRuns * size.maxSteps * 2_000));

  after(() => {
    console.log(`\n${deviationUsage.report(TOLERATED).replace(/^/gmu, '    ')}`);
  });

  it(`agrees on ${size.numRuns} random sequences of up to ${size.maxSteps} operations`, async () => {
    await assertDifferential('request-handler', size);
  });
});
