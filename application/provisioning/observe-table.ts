/**
 * What an endpoint says about a table: DescribeTable, DescribeTimeToLive,
 * DescribeContinuousBackups and, when asked for, ListTagsOfResource together. A setting whose operation the endpoint does not have
 * (DynamoDB Local has no point-in-time recovery API: `unsupported`) or may not be read (access
 * denied) is unavailable with the reason, so that callers can report it instead of failing.
 */
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { ContinuousBackupsDescription, DescribeTimeToLiveOutput, TableDescription, Tag } from '../../ports/dynamo-db-table-types.js';

export type TimeToLiveDescription = NonNullable<DescribeTimeToLiveOutput['TimeToLiveDescription']>;

export type Observed<T> = { readonly available: true; readonly value: T } | { readonly available: false; readonly reason: string; readonly unsupported: boolean };

export interface ObservedTable {
  readonly table: TableDescription;
  readonly timeToLive: Observed<TimeToLiveDescription>;
  readonly continuousBackups: Observed<ContinuousBackupsDescription>;
  /** The table's tags, when they were asked for (a spec without tags has nothing to compare). */
  readonly tags?: Observed<readonly Tag[]> | undefined;
}

export interface ObserveOptions {
  /** Also read the tags (one ListTagsOfResource per page). */
  readonly tags?: boolean | undefined;
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

async function listAllTags(port: DynamoDbPort, resourceArn: string): Promise<readonly Tag[]> {
  const tags: Tag[] = [];
  let nextToken: string | undefined;
  do {
    const page = await port.listTagsOfResource({ ResourceArn: resourceArn, NextToken: nextToken });
    tags.push(...(page.Tags ?? []));
    nextToken = page.NextToken;
  } while (nextToken !== undefined);
  return tags;
}

/** Tags are read by the table's ARN, which DescribeTable reports. */
export function observeTags(port: DynamoDbPort, table: TableDescription): Promise<Observed<readonly Tag[]>> {
  const arn = table.TableArn;
  if (arn === undefined) return Promise.resolve({ available: false, unsupported: false, reason: 'DescribeTable reports no TableArn, and tags are read by ARN' });
  return observe(() => listAllTags(port, arn), 'ListTagsOfResource');
}

/** Everything about the table, or undefined when it does not exist (also if it vanishes midway). */
export async function observeTable(port: DynamoDbPort, tableName: string, options: ObserveOptions = {}): Promise<ObservedTable | undefined> {
  const table = await describeTableOrUndefined(port, tableName);
  if (table === undefined) return undefined;
  try {
    const [timeToLive, continuousBackups, tags] = await Promise.all([
      observeTimeToLive(port, tableName),
      observeContinuousBackups(port, tableName),
      options.tags === true ? observeTags(port, table) : undefined,
    ]);
    return { table, timeToLive, continuousBackups, ...(tags === undefined ? {} : { tags }) };
  } catch (error) {
    if (isMissingTable(error) || (DynamoDbError.is(error) && error.errorName === 'TableNotFoundException')) return undefined;
    throw error;
  }
}
