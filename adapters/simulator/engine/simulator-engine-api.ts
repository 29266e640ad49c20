/**
 * What the fronts (the port, the wire protocol) need from the engine. Requests and responses are
 * DynamoDB's JSON shapes with values in wire form (binary as Uint8Array, not base64); the
 * engine validates requests as DynamoDB does, since they may come from any client.
 */
import type { Clock } from '../../../ports/clock.js';
import type { ItemChangeListener } from './item-change.js';
import type { TableDefinition } from './table-definition.js';

export interface EngineOptions {
  readonly clock: Clock;
  /** Used in ARNs; default `us-east-1`. */
  readonly region?: string;
  /** Used in ARNs; default `000000000000`. */
  readonly accountId?: string;
}

export interface SimulatorEngineApi {
  /**
   * Runs one operation synchronously. Throws SimulatorError with DynamoDB's error name and
   * message; the response object is fresh and owned by the caller.
   */
  execute(operation: string, request: unknown): unknown;
  /** Called after every committed item change, in commit order. Returns an unsubscribe. */
  onChange(listener: ItemChangeListener): () => void;
  /** Deletes every item whose TTL has passed by the clock (DynamoDB's background sweep). Returns how many. */
  sweepExpiredItems(): number;
  /** The current definition of a table, if it exists. */
  tableDefinition(name: string): TableDefinition | undefined;
}
