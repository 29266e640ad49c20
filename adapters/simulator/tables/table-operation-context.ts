/**
 * What the table operations need from the engine: the catalog, the clock, and the region and
 * account that appear in ARNs.
 */
import type { Clock } from '../../../ports/clock.js';
import type { TableCatalog } from './table-catalog.js';

export interface TableOperationContext {
  readonly catalog: TableCatalog;
  readonly clock: Clock;
  readonly region: string;
  readonly accountId: string;
}
