/** What a message store factory gives the contract suite, and what the adapter declares. */
import type { MessageStore } from '../../../ports/message-store.js';
import { DEFAULT_STORE_CONTRACT_SETTINGS, type StoreContractSettings } from '../shared/store-contract-settings.js';
import type { StoreFactoryContext, SubjectBase } from '../shared/store-factory-context.js';

export interface MessageStoreUnderTest extends SubjectBase {
  readonly messageStore: MessageStore;
  /** Another store over the same table (another process); the race property gives one to each writer. */
  readonly newMessageStore?: (() => MessageStore) | undefined;
}

export type MessageStoreFactory = (context: StoreFactoryContext) => Promise<MessageStoreUnderTest>;

export type MessageStoreContractCapabilities = StoreContractSettings;

export const DEFAULT_MESSAGE_STORE_CAPABILITIES: MessageStoreContractCapabilities = DEFAULT_STORE_CONTRACT_SETTINGS;
