/** The ARNs DynamoDB gives a table, its indexes, its streams and the KMS keys that encrypt it. */
import type { TableOperationContext } from './table-operation-context.js';
import { uuidFor } from './table-ids.js';

type ArnContext = Pick<TableOperationContext, 'region' | 'accountId'>;

export function tableArn(context: ArnContext, tableName: string): string {
  return `arn:aws:dynamodb:${context.region}:${context.accountId}:table/${tableName}`;
}

export function indexArn(tableArnValue: string, indexName: string): string {
  return `${tableArnValue}/index/${indexName}`;
}

export function streamArn(tableArnValue: string, label: string): string {
  return `${tableArnValue}/stream/${label}`;
}

/**
 * The ARN of the key that encrypts a table: a key ARN is kept as given; a key id, an alias or no
 * key (the AWS managed key `alias/aws/dynamodb`) become a key ARN in this account and region, the
 * same one each time for the same key.
 */
export function kmsKeyArn(context: ArnContext, keyId: string | undefined): string {
  if (keyId?.startsWith('arn:') === true) return keyId;
  const key = keyId === undefined || keyId.startsWith('alias/') ? uuidFor(`${context.accountId}:${context.region}:${keyId ?? 'alias/aws/dynamodb'}`) : keyId;
  return `arn:aws:kms:${context.region}:${context.accountId}:key/${key}`;
}
