/**
 * The ResourceArn of the tagging operations: only a table's ARN in this account and region names
 * something taggable. DynamoDB's answers, checked in this order:
 * - no ResourceArn: ValidationException `Invalid TableArn`;
 * - not an ARN (a bare table name included): `... ARNs must start with 'arn:': <value>`;
 * - an ARN of another service, or of a DynamoDB resource other than a table (a backup):
 *   `... Provided Arn is not a DynamoDB resource arn: <arn>`;
 * - another account's table: AccessDeniedException `Access is denied`;
 * - another region's table, an index ARN, or a name DynamoDB would not give a table:
 *   `Invalid TableArn: Invalid ResourceArn provided as input <arn>`;
 * - a stream ARN, or a table that does not exist (deleted ones included):
 *   ResourceNotFoundException `Requested resource not found: ResourceArn: <arn> not found`.
 * DynamoDB Local has no tagging at all (UnknownOperationException), so these follow DynamoDB's
 * own answers as reported from the service; the wording for another region's ARN is the one
 * DynamoDB uses for every other malformed table ARN, as the service's exact text is not known.
 */
import { SimulatorError } from '../simulator-error.js';
import { isValidName } from '../validation/name-rules.js';
import { invalidParameter } from './invalid-parameter.js';
import type { TableEntry } from './table-entry.js';
import type { TableOperationContext } from './table-operation-context.js';

/** arn:<partition>:<service>:<region>:<account>:<resource> */
const ARN = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$/su;

function invalidTableArn(arn: string): SimulatorError {
  return SimulatorError.validation(`Invalid TableArn: Invalid ResourceArn provided as input ${arn}`);
}

export function resourceNotFound(arn: string): SimulatorError {
  return new SimulatorError('ResourceNotFoundException', `Requested resource not found: ResourceArn: ${arn} not found`);
}

/** The name of the table the ARN designates, or the error DynamoDB answers for it. */
export function taggedTableName(context: Pick<TableOperationContext, 'region' | 'accountId'>, arn: unknown): string {
  if (typeof arn !== 'string') throw SimulatorError.validation('Invalid TableArn');
  if (!arn.startsWith('arn:')) throw invalidParameter(`ARNs must start with 'arn:': ${arn}`);
  const match = ARN.exec(arn);
  const [, , service = '', region = '', accountId = '', resource = ''] = match ?? [];
  if (match === null || service !== 'dynamodb' || !resource.startsWith('table/')) throw invalidParameter(`Provided Arn is not a DynamoDB resource arn: ${arn}`);
  if (accountId !== context.accountId) throw new SimulatorError('AccessDeniedException', 'Access is denied');
  if (region !== context.region) throw invalidTableArn(arn);
  const [name = '', child, ...rest] = resource.slice('table/'.length).split('/');
  if (child === 'backup') throw invalidParameter(`Provided Arn is not a DynamoDB resource arn: ${arn}`);
  if (child === 'stream' && rest.length > 0 && isValidName(name)) throw resourceNotFound(arn);
  if (child !== undefined || !isValidName(name)) throw invalidTableArn(arn);
  return name;
}

/** The table itself; call after the request's other checks, as DynamoDB looks it up last. */
export function requireTaggedTable(context: TableOperationContext, arn: string, name: string): TableEntry {
  const entry = context.catalog.get(name);
  if (entry === undefined) throw resourceNotFound(arn);
  return entry;
}
