/** What the store suites give a factory, and what they need back besides the store. */
import type { Clock } from '../../../ports/clock.js';
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';

export interface StoreFactoryContext {
  /**
   * Build the store over `wrapPort(port)`: the suite schedules the store's requests through it
   * (race properties) and makes writes time out after they were applied (ambiguous failures).
   * Every store the factory hands out must use a port wrapped this way.
   */
  readonly wrapPort: (port: DynamoDbPort) => DynamoDbPort;
}

/**
 * The clock of the store under test, when the suite may move it: times the store assigns (event
 * times, receivedAt, TTLs) are then predicted exactly, time ranges are exercised, and records
 * expire. `advance` moves it forward by `ms` milliseconds. Start it no earlier than the real time
 * on an endpoint that deletes expired items by its own clock (DynamoDB, and DynamoDB Local, which
 * does so within seconds): records it considers expired would vanish while the store's clock
 * still calls them live.
 */
export interface AdjustableClock extends Clock {
  advance(ms: number): unknown;
}

/** The part every store subject shares. */
export interface SubjectBase {
  readonly clock?: AdjustableClock | undefined;
  /** Called once the property is done with the store (close ports, stop servers). */
  dispose?(): Promise<void>;
}
