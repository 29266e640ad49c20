/**
 * Waiting for a table to settle: DescribeTable until the table and every global index are
 * ACTIVE (or until the table is gone, for a table being deleted), within a bounded time. The
 * sleep and the clock are injectable so that tests never wait for real.
 */
import { systemClock, type Clock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { TableDescription } from '../../ports/dynamo-db-table-types.js';
import { describeTableOrUndefined } from './observe-table.js';
import { ProvisioningError } from './provisioning-error.js';

export type Sleep = (milliseconds: number) => Promise<void>;

export const realSleep: Sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export interface WaitOptions {
  /** Default: the system clock. */
  readonly clock?: Clock | undefined;
  /** Default: a timer. */
  readonly sleep?: Sleep | undefined;
  /** How long to wait in all, in milliseconds; default 5 minutes (DynamoDB usually takes seconds). */
  readonly timeoutMs?: number | undefined;
  /** Between two DescribeTable calls, in milliseconds; default 1 000. */
  readonly pollIntervalMs?: number | undefined;
}

export const DEFAULT_WAIT_TIMEOUT_MS = 300_000;
export const DEFAULT_POLL_INTERVAL_MS = 1_000;

function settled(table: TableDescription): boolean {
  return table.TableStatus === 'ACTIVE' && (table.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === undefined || index.IndexStatus === 'ACTIVE');
}

function unsettled(table: TableDescription): string {
  if (table.TableStatus !== 'ACTIVE') return table.TableStatus ?? 'in an unknown state';
  const index = (table.GlobalSecondaryIndexes ?? []).find((candidate) => candidate.IndexStatus !== undefined && candidate.IndexStatus !== 'ACTIVE');
  return `waiting for its index ${index?.IndexName ?? '?'} (${index?.IndexStatus ?? '?'})`;
}

const UNUSABLE = new Set(['INACCESSIBLE_ENCRYPTION_CREDENTIALS', 'ARCHIVING', 'ARCHIVED']);

/**
 * Resolves with the ACTIVE table's description, or with undefined if the table does not exist
 * (any more). Throws ProvisioningError when time runs out or the table cannot become usable.
 */
export async function waitForTable(port: DynamoDbPort, tableName: string, options: WaitOptions = {}): Promise<TableDescription | undefined> {
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const interval = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const deadline = clock.now() + timeoutMs;
  for (;;) {
    const table = await describeTableOrUndefined(port, tableName);
    if (table === undefined || settled(table)) return table;
    if (table.TableStatus !== undefined && UNUSABLE.has(table.TableStatus)) {
      throw new ProvisioningError('TableUnusable', `The table ${tableName} is ${table.TableStatus} and cannot be provisioned`, tableName);
    }
    const left = deadline - clock.now();
    if (left <= 0) throw new ProvisioningError('TableNotActive', `The table ${tableName} was still ${unsettled(table)} after ${timeoutMs} ms`, tableName);
    await sleep(Math.min(interval, left));
  }
}
