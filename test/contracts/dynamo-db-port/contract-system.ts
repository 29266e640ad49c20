/** What the commands run against: the port under test and the tables of the current property. */
import type { DynamoDbPort } from '../../../ports/dynamo-db-port.js';
import type { ContractTables } from './contract-tables.js';

export interface ContractSystem {
  readonly port: DynamoDbPort;
  readonly tables: ContractTables;
  /** How often a client re-sends UnprocessedItems / UnprocessedKeys before it gives up. */
  readonly maxBatchResends: number;
  /** A ClientRequestToken that no earlier request against this endpoint used. */
  nextToken(): string;
}
