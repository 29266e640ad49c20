/**
 * The package's public API. Embedding goes through the container (createContainer); the stores,
 * adapters, decorators and provisioning are also exported for use without it.
 */
// The ports and the domain: types, errors and pure rules.
export * from '../ports/index.js';
export * from '../domain/index.js';
// Declared by both (the same four view types); the port's is the one DynamoDB names.
export type { StreamViewType } from '../ports/index.js';
// lib-dynamodb's NumberValue class, for numbers a JavaScript number cannot hold (the ports declare its shape).
export { NumberValueImpl as NumberValue } from '@aws-sdk/util-dynamodb';

// The composition root.
export { createContainer, closeContainer } from './container.js';
export type {
  AwsStorageOptions,
  CircuitBreakerSettings,
  CommonOptions,
  ContainerOptions,
  RecordableStorageOptions,
  ResilienceSettings,
  RetryRuleSettings,
  RetrySettings,
  SimulatorStorageOptions,
  StorageOptions,
} from './container-options.js';
export type { RecordStorageOptions, ReplayStorageOptions } from './composition/record-replay-storage.js';
export type { TableNames } from './composition/store-bindings.js';
export { ContainerOptionsError } from './container-options-error.js';
export { TOKENS } from './tokens.js';

// The stores and use cases, over any DynamoDB port.
export { createEventStore, type EventStoreOptions } from './event-store/create-event-store.js';
export * from './event-store/command-handler.js';
export { createMessageStore, type MessageStoreOptions } from './message-store/create-message-store.js';
export { createDeliveryTracker, type DeliveryTrackerOptions } from './delivery-tracking/create-delivery-tracker.js';
export { createIngestionHandler, type IngestionHandler, type IngestionHandlerOptions } from './ingestion/ingestion-handler.js';
export type { HttpApiEvent, HttpApiResult } from './ingestion/http-api-types.js';

// Working with the port: pages, parallel scans, batches of any size.
export * from './paginate.js';
export { batchWriteAll, MAX_BATCH_WRITE_REQUESTS, type BatchWriteAllOptions, type BatchWriteAllResult } from './batch-write-all.js';
export { batchGetAll, MAX_BATCH_GET_KEYS, type BatchGetAllOptions, type BatchGetAllResult } from './batch-get-all.js';

// Provisioning from table specs.
export { ensureTables, type EnsureTablesOptions } from './provisioning/ensure-tables.js';
export { ensureTable, type ProvisioningChange, type TableEnsureResult } from './provisioning/ensure-table.js';
export { compareTable, verifyTable, verifyTables, type VerifyOptions, type VerifyTablesOptions } from './provisioning/verify-table.js';
export type { Drift, DriftValue, TableFeature, TableVerification, Unverifiable } from './provisioning/table-drift.js';
export { createTableRequest } from './provisioning/create-table-request.js';
export { cloudFormationTemplate, type CloudFormationOptions, type CloudFormationTemplate } from './provisioning/cloudformation-template.js';
export { iamPolicies, type IamPolicyOptions, type PolicyDocument, type PolicyStatement, type RolePolicy } from './provisioning/iam-policies.js';
export { DESIGN_ROLES, rolesForTables, type RoleSpec } from './provisioning/iam-roles.js';
export { assertValidPolicy, policyProblems } from './provisioning/validate-iam-policy.js';
export { tableNameFor, tableNamesFor, type TableNameOptions } from './provisioning/table-names.js';
export { formatEnsureResults, formatVerifications } from './provisioning/format-results.js';
export { ProvisioningError, type ProvisioningErrorCode } from './provisioning/provisioning-error.js';

// Adapters: the AWS SDK, the simulator, record/replay; and the decorators around any port.
export { createAwsDynamoDbPort, type AwsDynamoDbPort } from '../adapters/aws/create-aws-dynamo-db-port.js';
export type { AwsDynamoDbOptions } from '../adapters/aws/aws-dynamo-db-options.js';
export { createSimulator, type Simulator, type SimulatorOptions } from '../adapters/simulator/create-simulator.js';
export { createManualClock, type ManualClock } from '../adapters/simulator/manual-clock.js';
export type { Fault, FaultKind, FaultRule, FaultRuleHandle, InjectedFault } from '../adapters/simulator/faults/fault-rule.js';
export * from '../adapters/record-replay/index.js';
export { withRetries, type RetryDeps, type RetryEvent } from '../adapters/resilience/with-retries.js';
export { withCircuitBreaker } from '../adapters/resilience/with-circuit-breaker.js';
export { withResilience, type ResilienceOptions } from '../adapters/resilience/with-resilience.js';
export { withTelemetry } from '../adapters/telemetry/with-telemetry.js';
export { createInMemoryTelemetry, type InMemoryTelemetry } from '../adapters/telemetry/create-in-memory-telemetry.js';
export { createConsoleLogger } from '../adapters/telemetry/create-console-logger.js';
export { createConsoleTelemetry } from '../adapters/telemetry/create-console-telemetry.js';
