/**
 * The simulator's engine: DynamoDB's item and table operations over in-memory tables, run
 * synchronously one at a time, so every operation sees and leaves a consistent state (which is
 * also what makes transactions atomic and isolated). Deterministic given the clock: scan order,
 * index order and table ids do not depend on timing or randomness.
 */
import { SimulatorError } from '../simulator-error.js';
import { TableCatalog } from '../tables/table-catalog.js';
import { ChangeFeed } from './changes/change-feed.js';
import type { EngineContext } from './engine-context.js';
import type { ItemChangeListener } from './item-change.js';
import { ITEM_OPERATIONS } from './item-operations.js';
import type { EngineOptions, SimulatorEngineApi } from './simulator-engine-api.js';
import type { TableDefinition } from './table-definition.js';
import { TABLE_OPERATIONS } from './table-operations.js';
import { TransactionTokens } from './transactions/transaction-tokens.js';
import { sweepExpiredItems } from './ttl/sweep-expired-items.js';

const UNKNOWN_OPERATION = 'An unknown operation was requested.';

export class SimulatorEngine implements SimulatorEngineApi {
  readonly catalog: TableCatalog;
  private readonly context: EngineContext;

  constructor(options: EngineOptions) {
    this.catalog = new TableCatalog();
    this.context = {
      catalog: this.catalog,
      clock: options.clock,
      region: options.region ?? 'us-east-1',
      accountId: options.accountId ?? '000000000000',
      feed: new ChangeFeed(),
      transactionTokens: new TransactionTokens(options.clock),
    };
  }

  execute(operation: string, request: unknown): unknown {
    const handler = ITEM_OPERATIONS.get(operation) ?? TABLE_OPERATIONS.get(operation);
    if (handler === undefined) throw new SimulatorError('UnknownOperationException', UNKNOWN_OPERATION);
    return handler(this.context, request);
  }

  onChange(listener: ItemChangeListener): () => void {
    return this.context.feed.subscribe(listener);
  }

  sweepExpiredItems(): number {
    return sweepExpiredItems(this.context);
  }

  tableDefinition(name: string): TableDefinition | undefined {
    return this.catalog.get(name)?.definition;
  }
}
