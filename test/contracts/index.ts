/**
 * The contract suites, for checking any adapter of this library's ports (the package export
 * `./contracts`). Each suite is a function that declares mocha tests: call it at the top level
 * of a test file that mocha loads.
 *
 *     import { describeDynamoDbPortContract } from 'dynamo-hexagon/contracts';
 *     describeDynamoDbPortContract('my adapter', async () => {
 *       const port = createMyPort();
 *       return { port, dispose: async () => port.close() };
 *     }, { parallelScan: false });
 *
 * The tests are fast-check properties. When one fails, mocha shows fast-check's report: the
 * seed, the counterexample path, the shrunk command sequence with its replay path, the error,
 * and a line saying how to replay it. To replay, run the same command again with
 *   CONTRACT_SEED=<seed> CONTRACT_PATH='<path>' CONTRACT_REPLAY_PATH='<replayPath>'
 * and mocha's --grep '<the test's full title>' (the seed and paths belong to that one test).
 * CONTRACT_NUM_RUNS=<n> sets the number of runs of every property (more to search harder,
 * fewer for a quick check); it overrides the `numRuns` an adapter declares.
 */
export { describeDynamoDbPortContract } from './dynamo-db-port/describe-dynamo-db-port-contract.js';
export type { DynamoDbPortCapabilities } from './dynamo-db-port/dynamo-db-port-capabilities.js';
export { DEFAULT_CAPABILITIES as DEFAULT_DYNAMO_DB_PORT_CAPABILITIES } from './dynamo-db-port/dynamo-db-port-capabilities.js';
export type { PortUnderTest } from './dynamo-db-port/port-under-test.js';
/*
 * The store suites check any EventStore, MessageStore or DeliveryTracker. The factory gets a
 * context and builds a fresh store over `context.wrapPort(port)`, through which the suite orders
 * concurrent requests (fc.scheduler) and makes writes time out after they were applied; it may
 * also give more stores over the same tables and the store's clock:
 *
 *     describeEventStoreContract('my event store', async ({ wrapPort }) => {
 *       const clock = createManualClock(Date.now());
 *       const make = () => createEventStore({ port: wrapPort(port), clock, ids, tables });
 *       return { eventStore: make(), newEventStore: make, clock, dispose: async () => { ... } };
 *     }, { numRuns: 50 });
 *
 * The same environment variables replay a failure (CONTRACT_SEED, CONTRACT_PATH,
 * CONTRACT_REPLAY_PATH) and set the effort (CONTRACT_NUM_RUNS).
 */
export { describeEventStoreContract } from './event-store/describe-event-store-contract.js';
export type { EventStoreContractCapabilities, EventStoreFactory, EventStoreUnderTest } from './event-store/event-store-under-test.js';
export { DEFAULT_EVENT_STORE_CAPABILITIES } from './event-store/event-store-under-test.js';
export type { AdjustableClock, StoreFactoryContext } from './shared/store-factory-context.js';
export type { StoreContractSettings } from './shared/store-contract-settings.js';
export { describeMessageStoreContract } from './message-store/describe-message-store-contract.js';
export type { MessageStoreContractCapabilities, MessageStoreFactory, MessageStoreUnderTest } from './message-store/message-store-under-test.js';
export { DEFAULT_MESSAGE_STORE_CAPABILITIES } from './message-store/message-store-under-test.js';
export { describeDeliveryTrackerContract } from './delivery-tracker/describe-delivery-tracker-contract.js';
export type { DeliveryTrackerContractCapabilities, DeliveryTrackerFactory, DeliveryTrackerUnderTest } from './delivery-tracker/delivery-tracker-under-test.js';
export { DEFAULT_DELIVERY_TRACKER_CAPABILITIES } from './delivery-tracker/delivery-tracker-under-test.js';
