/** The metrics of the integration module, plus the resilience layer's own two. */
export const METRICS = Object.freeze({
  /** Counter {operation, table, status}: every call, `success` or `error`. */
  operations: 'dynamodb_operations_total',
  /** Histogram {operation, table}: seconds per call, retries included. */
  duration: 'dynamodb_operation_duration_seconds',
  /** Counter {table, operation}: capacity units, when the request asked for ReturnConsumedCapacity. */
  consumedCapacity: 'dynamodb_consumed_capacity_total',
  /** Histogram {operation, table}: items a read returned. */
  itemsReturned: 'dynamodb_items_returned',
  /** Counter {table, operation}: every throttling answer, including the ones a retry absorbed. */
  throttles: 'dynamodb_throttles_total',
  /** Counter {table, operation}: failed conditions, of single writes and of transactions. */
  conditionalCheckFailures: 'dynamodb_conditional_check_failures',
  /** Counter {error_type, reason, table, operation}: failed calls by the taxonomy's kind and leaf. */
  errors: 'dynamodb_errors_total',
  /** Counter {table, operation}: items and keys a batch left unprocessed. */
  unprocessed: 'dynamodb_batch_unprocessed_items',
  /** Counter {operation, table, category}: attempts the retry layer made again. */
  retries: 'dynamodb_retries_total',
  /** Counter {from, to}: changes of the circuit breaker's state. */
  circuitTransitions: 'dynamodb_circuit_breaker_transitions_total',
});
