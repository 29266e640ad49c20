/**
 * Service identifiers of the container. Symbols from the global registry, so that two copies of
 * the package resolve the same services; never class names.
 */
export const TOKENS = Object.freeze({
  /** The DynamoDB port, resilience and telemetry included: what the application uses. */
  DynamoDbPort: Symbol.for('dynamo-hexagon.DynamoDbPort'),
  /** The storage adapter itself, below retries, the circuit breaker and telemetry. */
  RawDynamoDbPort: Symbol.for('dynamo-hexagon.RawDynamoDbPort'),
  Clock: Symbol.for('dynamo-hexagon.Clock'),
  IdGenerator: Symbol.for('dynamo-hexagon.IdGenerator'),
  Telemetry: Symbol.for('dynamo-hexagon.Telemetry'),
  /** The stores of the application core, over DynamoDbPort. */
  EventStore: Symbol.for('dynamo-hexagon.EventStore'),
  MessageStore: Symbol.for('dynamo-hexagon.MessageStore'),
  DeliveryTracker: Symbol.for('dynamo-hexagon.DeliveryTracker'),
  /** The physical table names, by table spec id (`MessageStore`, `EventStoreEvents`, ...). */
  TableNames: Symbol.for('dynamo-hexagon.TableNames'),
  /** With `storage: 'simulator'`: the simulator itself (its clock, faults, streams, HTTP server). */
  Simulator: Symbol.for('dynamo-hexagon.Simulator'),
});

export type Token = (typeof TOKENS)[keyof typeof TOKENS];
