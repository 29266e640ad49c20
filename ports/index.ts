/** The ports: interfaces and their error shapes, nothing that does I/O. */
export * from './clock.js';
export * from './document-value.js';
export * from './dynamo-db-batch-types.js';
export * from './dynamo-db-common-types.js';
export * from './dynamo-db-error.js';
export * from './dynamo-db-error-classification.js';
export * from './dynamo-db-item-types.js';
export * from './dynamo-db-operations.js';
export * from './dynamo-db-port.js';
export * from './dynamo-db-read-types.js';
export * from './dynamo-db-streams-port.js';
export * from './dynamo-db-table-types.js';
export * from './dynamo-db-transaction-types.js';
export * from './id-generator.js';
export * from './telemetry.js';
export * from './marshalling-options.js';
