/** What an event store factory gives the contract suite, and what the adapter declares. */
import type { EventStore } from '../../../ports/event-store.js';
import { DEFAULT_STORE_CONTRACT_SETTINGS, type StoreContractSettings } from '../shared/store-contract-settings.js';
import type { StoreFactoryContext, SubjectBase } from '../shared/store-factory-context.js';

export interface EventStoreUnderTest extends SubjectBase {
  readonly eventStore: EventStore;
  /**
   * Another store over the same tables, as another process would have one (nothing cached in
   * common). The model-based runs switch to one now and then; the race properties give one to
   * each writer. Without it, everything uses `eventStore`.
   */
  readonly newEventStore?: (() => EventStore) | undefined;
}

export type EventStoreFactory = (context: StoreFactoryContext) => Promise<EventStoreUnderTest>;

export interface EventStoreContractCapabilities extends StoreContractSettings {
  /**
   * getEventsByType and getEventsByUser (global secondary indexes) show an append as soon as it
   * returns: true of DynamoDB Local and the simulator, not of DynamoDB, whose index reads are
   * eventually consistent. False turns the index reads into a pending test.
   */
  readonly immediateIndexReads: boolean;
}

export const DEFAULT_EVENT_STORE_CAPABILITIES: EventStoreContractCapabilities = Object.freeze({
  ...DEFAULT_STORE_CONTRACT_SETTINGS,
  immediateIndexReads: true,
});
