/**
 * A slice of the differential property through the simulator's HTTP server instead of its SDK
 * request handler: a plain DynamoDBClient pointed at `simulator.listen(0)`, as any client of the
 * server (and the third-party conformance suite) would use it.
 */
import { assertDifferential, propertySize } from './support/differential-property.js';

describe('differential: the simulator (HTTP server) against DynamoDB Local', function () {
  const size = propertySize(25, 0.2);
  this.timeout(Math.max(120_000, size.numRuns * size.maxSteps * 2_000));

  it(`agrees on ${size.numRuns} random sequences of up to ${size.maxSteps} operations`, async () => {
    await assertDifferential('http-server', size);
  });
});
