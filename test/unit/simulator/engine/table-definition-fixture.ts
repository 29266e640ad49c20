/** TableDefinitions for engine tests, built the way the catalog would after CreateTable. */
import type { IndexDefinition, KeyAttribute, KeySchema, TableDefinition } from '../../../../adapters/simulator/engine/table-definition.js';

export interface IndexSpec {
  readonly name: string;
  readonly kind: 'global' | 'local';
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly projection?: IndexDefinition['projection'];
}

export interface TableSpec {
  readonly name?: string;
  readonly partitionKey?: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly indexes?: readonly IndexSpec[];
  readonly ttlAttribute?: string;
  readonly stream?: boolean;
}

const ARN_PREFIX = 'arn:aws:dynamodb:us-east-1:000000000000:table/';

export function tableDefinition(spec: TableSpec = {}): TableDefinition {
  const name = spec.name ?? 'items';
  const keySchema: KeySchema = {
    partitionKey: spec.partitionKey ?? { name: 'pk', type: 'S' },
    ...(spec.sortKey === undefined ? {} : { sortKey: spec.sortKey }),
  };
  const indexes = (spec.indexes ?? []).map((index): IndexDefinition => ({
    name: index.name,
    kind: index.kind,
    keySchema: { partitionKey: index.partitionKey, ...(index.sortKey === undefined ? {} : { sortKey: index.sortKey }) },
    projection: index.projection ?? { type: 'ALL', nonKeyAttributes: [] },
    arn: `${ARN_PREFIX}${name}/index/${index.name}`,
  }));
  const attributes = new Map<string, KeyAttribute>();
  for (const key of [keySchema.partitionKey, keySchema.sortKey, ...indexes.flatMap((index) => [index.keySchema.partitionKey, index.keySchema.sortKey])]) {
    if (key !== undefined) attributes.set(key.name, key);
  }
  return {
    name,
    arn: `${ARN_PREFIX}${name}`,
    id: '00000000-0000-0000-0000-000000000000',
    createdAt: 0,
    keySchema,
    attributeDefinitions: [...attributes.values()].map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
    localIndexes: indexes.filter((index) => index.kind === 'local'),
    globalIndexes: indexes.filter((index) => index.kind === 'global'),
    billingMode: 'PAY_PER_REQUEST',
    ...(spec.stream === true ? { stream: { viewType: 'NEW_AND_OLD_IMAGES', arn: `${ARN_PREFIX}${name}/stream/1970-01-01T00:00:00.000`, label: '1970-01-01T00:00:00.000' } } : {}),
    ...(spec.ttlAttribute === undefined ? {} : { timeToLive: { attributeName: spec.ttlAttribute, enabled: true } }),
    sse: { enabled: false },
    tableClass: 'STANDARD',
    deletionProtection: false,
    pointInTimeRecovery: { enabled: false, recoveryPeriodInDays: 35 },
  };
}
