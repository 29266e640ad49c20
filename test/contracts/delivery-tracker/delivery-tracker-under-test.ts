/** What a delivery tracker factory gives the contract suite, and what the adapter declares. */
import { DEFAULT_MAX_RETRIES } from '../../../domain/delivery/delivery-status.js';
import type { DeliveryTracker } from '../../../ports/delivery-tracker.js';
import { DEFAULT_STORE_CONTRACT_SETTINGS, type StoreContractSettings } from '../shared/store-contract-settings.js';
import type { StoreFactoryContext, SubjectBase } from '../shared/store-factory-context.js';

export interface DeliveryTrackerUnderTest extends SubjectBase {
  readonly deliveryTracker: DeliveryTracker;
  /** Another tracker over the same table (another process); the race properties give one to each caller. */
  readonly newDeliveryTracker?: (() => DeliveryTracker) | undefined;
}

export type DeliveryTrackerFactory = (context: StoreFactoryContext) => Promise<DeliveryTrackerUnderTest>;

export interface DeliveryTrackerContractCapabilities extends StoreContractSettings {
  /**
   * Queries (by user on the table, by event type and by status on global secondary indexes; none
   * strongly consistent) show a write as soon as it returns: true of DynamoDB Local and the
   * simulator, not of DynamoDB. False turns the query property into a pending test.
   */
  readonly immediateIndexReads: boolean;
  /** The retries the tracker lets be scheduled per record (the library's default: 5). */
  readonly maxRetries: number;
}

export const DEFAULT_DELIVERY_TRACKER_CAPABILITIES: DeliveryTrackerContractCapabilities = Object.freeze({
  ...DEFAULT_STORE_CONTRACT_SETTINGS,
  immediateIndexReads: true,
  maxRetries: DEFAULT_MAX_RETRIES,
});
