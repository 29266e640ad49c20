/** What every operation handler of the engine needs: the tables, the clock, the change feed. */
import type { TableOperationContext } from '../tables/table-operation-context.js';
import type { ChangeFeed } from './changes/change-feed.js';
import type { TransactionTokens } from './transactions/transaction-tokens.js';

export interface EngineContext extends TableOperationContext {
  readonly feed: ChangeFeed;
  readonly transactionTokens: TransactionTokens;
}

/** A request after its shape was validated: members have the JSON types the shape says. */
export type ValidatedRequest = Readonly<Record<string, unknown>>;

export type OperationHandler = (context: EngineContext, request: unknown) => unknown;
