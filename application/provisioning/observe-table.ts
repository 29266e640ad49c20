/**
 * What an endpoint says about a table: DescribeTable, DescribeTimeToLive and
 * DescribeContinuousBackups together. A setting whose operation the endpoint does not have
 * (DynamoDB Local has no point-in-time recovery API: `unsupported`) or may not be read (access
 * denied) is unavailable with the reason, so that callers can report it instead of failing.
 */
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { ContinuousBackupsDescription, DescribeTimeToLiveOutput, TableDescription } from '../../ports/dynamo-db-table-types.js';

export type TimeToLiveDescription = NonNullable<DescribeTimeToLiveOutput['TimeToLiveDescription']>;

export type Observed<T> = { readonly available: true; readonly value: T } | { readonly available: false; readonly reason: string; readonly unsupported: boolean };

export interface ObservedTable {
  readonly table: TableDescription;
  readonly timeToLive: Observed<TimeToLiveDescription>;
  readonly continuousBackups: Observed<ContinuousBackupsDescription>;
}

export function isMissingTable(error: unknown): boolean {
  return DynamoDbError.is(error) && error.reason === 'ResourceNotFound';
}

/** Unsupported operations and refused reads become `unavailable`; anything else is thrown. */
async function observe<T>(read: () => Promise<T>, what: string): Promise<Observed<T>> {
  try {
    return { available: true, value: await read() };
  } catch (error) {
    if (DynamoDbError.is(error) && error.errorName === 'UnknownOperationException') {
      return { available: false, unsupported: true, reason: `the endpoint does not support ${what} (${error.errorName})` };
    }
    // Refused, or not available for this table right now: unknown, but not the endpoint's lack.
    if (DynamoDbError.is(error) && (error.reason === 'AccessDenied' || error.reason === 'UnsupportedOperation')) {
      return { available: false, unsupported: false, reason: `${what} failed: ${error.errorName}: ${error.message}` };
    }
    throw error;
  }
}

/** The table's description, or undefined when there is no such table. */
export async function describeTableOrUndefined(port: DynamoDbPort, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await port.describeTable({ TableName: tableName })).Table;
  } catch (error) {
    if (isMissingTable(error)) return undefined;
    throw error;
  }
}

export function observeTimeToLive(port: DynamoDbPort, tableName: string): Promise<Observed<TimeToLiveDescription>> {
  return observe(async () => (await port.describeTimeToLive({ TableName: tableName })).TimeToLiveDescription ?? { TimeToLiveStatus: 'DISABLED' }, 'DescribeTimeToLive');
}

export function observeContinuousBackups(port: DynamoDbPort, tableName: string): Promise<Observed<ContinuousBackupsDescription>> {
  return observe(async () => (await port.describeContinuousBackups({ TableName: tableName })).ContinuousBackupsDescription ?? { ContinuousBackupsStatus: 'DISABLED' }, 'DescribeContinuousBackups');
}

/** Everything about the table, or undefined when it does not exist (also if it vanishes midway). */
export async function observeTable(port: DynamoDbPort, tableName: string): Promise<ObservedTable | undefined> {
  const table = await describeTableOrUndefined(port, tableName);
  if (table === undefined) return undefined;
  try {
    const [timeToLive, continuousBackups] = await Promise.all([observeTimeToLive(port, tableName), observeContinuousBackups(port, tableName)]);
    return { table, timeToLive, continuousBackups };
  } catch (error) {
    if (isMissingTable(error) || (DynamoDbError.is(error) && error.errorName === 'TableNotFoundException')) return undefined;
    throw error;
  }
}
