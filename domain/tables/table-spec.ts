/**
 * A table described as data: everything CreateTable, UpdateTimeToLive, UpdateContinuousBackups
 * and a CloudFormation AWS::DynamoDB::Table need, in names that map one to one onto theirs
 * (`PAY_PER_REQUEST`, `NEW_IMAGE`, `ALL`, key types `S` / `N` / `B`). `defineTableSpec` fills
 * the defaults and checks what DynamoDB would refuse, so a spec that exists is a valid table.
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { deepFreeze } from '../values/deep-freeze.js';
import { utf8Length } from '../values/utf8-length.js';

export type KeyAttributeType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  readonly name: string;
  readonly type: KeyAttributeType;
}

export type IndexProjection =
  | { readonly type: 'ALL' }
  | { readonly type: 'KEYS_ONLY' }
  | { readonly type: 'INCLUDE'; readonly nonKeyAttributes: readonly string[] };

export interface GlobalIndexSpec {
  readonly name: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute | undefined;
  readonly projection: IndexProjection;
}

/** A local index shares the table's partition key; only its sort key differs. */
export interface LocalIndexSpec {
  readonly name: string;
  readonly sortKey: KeyAttribute;
  readonly projection: IndexProjection;
}

export type BillingSpec =
  | { readonly mode: 'PAY_PER_REQUEST' }
  /** Capacity for the table; each global index gets the same. */
  | { readonly mode: 'PROVISIONED'; readonly readCapacityUnits: number; readonly writeCapacityUnits: number };

/**
 * Encryption at rest, which DynamoDB always applies: with a key owned by DynamoDB (no
 * SSESpecification), the AWS managed key `alias/aws/dynamodb` (SSEType KMS without a key id), or
 * a customer managed KMS key.
 */
export type EncryptionSpec = { readonly type: 'AWS_OWNED' } | { readonly type: 'AWS_MANAGED' } | { readonly type: 'CUSTOMER_MANAGED'; readonly kmsKeyId: string };

export type StreamViewType = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';

export interface PointInTimeRecoverySpec {
  readonly enabled: boolean;
  /** 1 to 35 days; DynamoDB's default is 35. */
  readonly recoveryPeriodInDays?: number | undefined;
}

/** CloudFormation's DeletionPolicy / UpdateReplacePolicy for the table. */
export type RemovalPolicy = 'Retain' | 'Delete' | 'Snapshot';

export interface TableNameSpec {
  /** The name used when the environment does not set one. */
  readonly default: string;
  /** The environment variable that names the table, such as `EVENT_STORE_TABLE_NAME`. */
  readonly environmentVariable: string;
}

export interface TableSpec {
  /** A stable identifier of the table's role, usable as a CloudFormation logical id. */
  readonly id: string;
  readonly description: string;
  readonly tableName: TableNameSpec;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute | undefined;
  readonly globalSecondaryIndexes: readonly GlobalIndexSpec[];
  readonly localSecondaryIndexes: readonly LocalIndexSpec[];
  /** The Number attribute holding each item's expiry in epoch seconds; absent: no TTL. */
  readonly timeToLive?: { readonly attributeName: string } | undefined;
  /** Absent: no stream. */
  readonly stream?: { readonly viewType: StreamViewType } | undefined;
  readonly billing: BillingSpec;
  readonly encryption: EncryptionSpec;
  readonly pointInTimeRecovery: PointInTimeRecoverySpec;
  readonly deletionProtection: boolean;
  readonly removalPolicy: RemovalPolicy;
  readonly tableClass: 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS';
  readonly tags: readonly { readonly key: string; readonly value: string }[];
}

type Optional = 'globalSecondaryIndexes' | 'localSecondaryIndexes' | 'billing' | 'encryption' | 'pointInTimeRecovery' | 'deletionProtection' | 'removalPolicy' | 'tableClass' | 'tags' | 'description';
export type TableSpecInput = Omit<TableSpec, Optional> & Partial<Pick<TableSpec, Optional>>;

const NAME = /^[A-Za-z0-9_.-]{3,255}$/;
const ENVIRONMENT_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_GLOBAL_INDEXES = 20;
const MAX_LOCAL_INDEXES = 5;
const MAX_PROJECTED_ATTRIBUTES = 100;
const MAX_KEY_NAME_BYTES = 255;

export function isValidTableName(name: string): boolean {
  return NAME.test(name);
}

function checkKey(key: KeyAttribute, field: string, types: Map<string, KeyAttributeType>): void {
  if (key.name.length === 0 || utf8Length(key.name) > MAX_KEY_NAME_BYTES) throw new InvalidInputError(`${field}.name`, `must be 1 to ${MAX_KEY_NAME_BYTES} UTF-8 bytes`);
  if (!['S', 'N', 'B'].includes(key.type)) throw new InvalidInputError(`${field}.type`, 'must be S, N or B');
  const known = types.get(key.name);
  if (known !== undefined && known !== key.type) throw new InvalidInputError(`${field}.type`, `contradicts the type ${known} that ${key.name} has elsewhere in the table`);
  types.set(key.name, key.type);
}

function checkIndexName(name: string, field: string, names: Set<string>): void {
  if (!NAME.test(name)) throw new InvalidInputError(field, 'must be 3 to 255 characters of A-Z, a-z, 0-9, _, - and .');
  if (names.has(name)) throw new InvalidInputError(field, `repeats the index name ${name}`);
  names.add(name);
}

function projectedCount(projection: IndexProjection): number {
  return projection.type === 'INCLUDE' ? projection.nonKeyAttributes.length : 0;
}

function check(spec: TableSpec): void {
  if (!NAME.test(spec.tableName.default)) throw new InvalidInputError('tableName.default', 'must be 3 to 255 characters of A-Z, a-z, 0-9, _, - and .');
  if (!ENVIRONMENT_VARIABLE.test(spec.tableName.environmentVariable)) throw new InvalidInputError('tableName.environmentVariable', 'must be a valid environment variable name');
  const types = new Map<string, KeyAttributeType>();
  checkKey(spec.partitionKey, 'partitionKey', types);
  if (spec.sortKey !== undefined) {
    if (spec.sortKey.name === spec.partitionKey.name) throw new InvalidInputError('sortKey.name', 'must differ from the partition key');
    checkKey(spec.sortKey, 'sortKey', types);
  }
  const names = new Set<string>();
  if (spec.globalSecondaryIndexes.length > MAX_GLOBAL_INDEXES) throw new InvalidInputError('globalSecondaryIndexes', `may hold at most ${MAX_GLOBAL_INDEXES} indexes`);
  spec.globalSecondaryIndexes.forEach((index, position) => {
    checkIndexName(index.name, `globalSecondaryIndexes[${position}].name`, names);
    checkKey(index.partitionKey, `globalSecondaryIndexes[${position}].partitionKey`, types);
    if (index.sortKey !== undefined) checkKey(index.sortKey, `globalSecondaryIndexes[${position}].sortKey`, types);
  });
  if (spec.localSecondaryIndexes.length > 0 && spec.sortKey === undefined) throw new InvalidInputError('localSecondaryIndexes', 'need a table with a sort key');
  if (spec.localSecondaryIndexes.length > MAX_LOCAL_INDEXES) throw new InvalidInputError('localSecondaryIndexes', `may hold at most ${MAX_LOCAL_INDEXES} indexes`);
  spec.localSecondaryIndexes.forEach((index, position) => {
    checkIndexName(index.name, `localSecondaryIndexes[${position}].name`, names);
    checkKey(index.sortKey, `localSecondaryIndexes[${position}].sortKey`, types);
  });
  const projected = [...spec.globalSecondaryIndexes, ...spec.localSecondaryIndexes].reduce((sum, index) => sum + projectedCount(index.projection), 0);
  if (projected > MAX_PROJECTED_ATTRIBUTES) throw new InvalidInputError('projection.nonKeyAttributes', `may name at most ${MAX_PROJECTED_ATTRIBUTES} attributes over all indexes`);
  if (spec.timeToLive !== undefined && types.has(spec.timeToLive.attributeName)) throw new InvalidInputError('timeToLive.attributeName', 'must not be a key attribute');
  const days = spec.pointInTimeRecovery.recoveryPeriodInDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 35)) throw new InvalidInputError('pointInTimeRecovery.recoveryPeriodInDays', 'must be 1 to 35');
  if (spec.billing.mode === 'PROVISIONED' && !(spec.billing.readCapacityUnits >= 1 && spec.billing.writeCapacityUnits >= 1)) throw new InvalidInputError('billing', 'needs read and write capacity units of at least 1');
  if (spec.encryption.type === 'CUSTOMER_MANAGED' && spec.encryption.kmsKeyId.length === 0) throw new InvalidInputError('encryption.kmsKeyId', 'must not be empty');
}

/** A complete, checked and deeply frozen spec; on demand billing and no indexes by default. */
export function defineTableSpec(input: TableSpecInput): TableSpec {
  const spec: TableSpec = {
    description: '',
    globalSecondaryIndexes: [],
    localSecondaryIndexes: [],
    billing: { mode: 'PAY_PER_REQUEST' },
    encryption: { type: 'AWS_OWNED' },
    pointInTimeRecovery: { enabled: false },
    deletionProtection: false,
    removalPolicy: 'Retain',
    tableClass: 'STANDARD',
    tags: [],
    ...structuredClone(input),
  };
  check(spec);
  return deepFreeze(spec);
}

/** The same table with some settings changed (a test's table name, another billing mode). */
export function tableSpecWith(spec: TableSpec, changes: Partial<TableSpecInput>): TableSpec {
  return defineTableSpec({ ...spec, ...changes });
}

/** Every key attribute of the table and its indexes, once each: CreateTable's AttributeDefinitions. */
export function keyAttributesOf(spec: TableSpec): readonly KeyAttribute[] {
  const seen = new Map<string, KeyAttribute>();
  const keys = [spec.partitionKey, spec.sortKey, ...spec.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]), ...spec.localSecondaryIndexes.map((index) => index.sortKey)];
  for (const key of keys) if (key !== undefined && !seen.has(key.name)) seen.set(key.name, { name: key.name, type: key.type });
  return [...seen.values()];
}
