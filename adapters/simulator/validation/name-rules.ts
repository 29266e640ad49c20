/**
 * The member rules of table and index names, shared by every operation that names a table or an
 * index: 3 to 255 characters of `[a-zA-Z0-9_.-]`, reported pattern first, then length.
 *
 * Operations on an existing table also accept the table's ARN in TableName
 * (`arn:aws:dynamodb:<region>:<account>:table/<name>`); the name inside must follow the same rules.
 */
import type { ConstraintViolations } from './constraint-violations.js';
import type { MemberRule } from './member-rule.js';

export const NAME_PATTERN = '[a-zA-Z0-9_.-]+';
export const NAME_MIN_LENGTH = 3;
export const NAME_MAX_LENGTH = 255;
/** The longest ARN DynamoDB accepts where a table name may be an ARN. */
const ARN_MAX_LENGTH = 1024;

/** A table or index name that may be absent (ExclusiveStartTableName, Query's IndexName). */
export const optionalNameRule: MemberRule = {
  type: 'string',
  pattern: NAME_PATTERN,
  minLength: NAME_MIN_LENGTH,
  maxLength: NAME_MAX_LENGTH,
};

/** A table or index name the request must carry. */
export const nameRule: MemberRule = { ...optionalNameRule, required: true };

const TABLE_ARN = /^arn:aws[a-zA-Z-]*:dynamodb:([^:]*):([^:]*):table\/(.*)$/u;

export interface TableArnParts {
  readonly region: string;
  readonly accountId: string;
  readonly tableName: string;
}

/** The parts of a table ARN, or undefined when the value is not one. */
export function parseTableArn(value: string): TableArnParts | undefined {
  const match = TABLE_ARN.exec(value);
  if (match === null) return undefined;
  const [, region = '', accountId = '', tableName = ''] = match;
  return tableName.includes('/') ? undefined : { region, accountId, tableName };
}

/** The table name a TableName member designates: the name itself, or the name inside a table ARN. */
export function tableNameOf(value: string): string {
  return value.startsWith('arn:') ? (parseTableArn(value)?.tableName ?? value) : value;
}

function checkNameOrArn(path: string, value: unknown, violations: ConstraintViolations): void {
  if (typeof value !== 'string') return;
  // The member takes a name or an ARN, at least one character long: an empty value breaks only
  // that constraint (nubo-db/dynamodb-conformance, captured from DynamoDB in 2026).
  if (value.length === 0) {
    violations.minLength(path, value, 1);
    return;
  }
  if (value.startsWith('arn:')) {
    violations.maxLength(path, value, ARN_MAX_LENGTH);
    return;
  }
  violations.pattern(path, value, NAME_PATTERN);
  violations.minLength(path, value, NAME_MIN_LENGTH);
  violations.maxLength(path, value, NAME_MAX_LENGTH);
}

/** TableName of an operation on an existing table: a table name or the table's ARN. */
export const tableNameOrArnRule: MemberRule = { type: 'string', required: true, custom: checkNameOrArn };

/** Whether a string is a valid table or index name. */
export function isValidName(name: string): boolean {
  return name.length >= NAME_MIN_LENGTH && name.length <= NAME_MAX_LENGTH && /^[a-zA-Z0-9_.-]+$/u.test(name);
}
