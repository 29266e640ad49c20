/**
 * Test support: random table specs that DynamoDB accepts, covering every option of a TableSpec
 * (keys of each type, global and local indexes with each projection, both billing modes,
 * streams, TTL, every kind of encryption, recovery periods, protection, class and tags).
 */
import fc from 'fast-check';
import { defineTableSpec, type IndexProjection, type KeyAttribute, type KeyAttributeType, type TableSpec } from '../../../../../domain/tables/table-spec.js';

const KEY_NAMES = ['pk', 'sk', 'kind', 'at', 'owner', 'rank'] as const;
const NON_KEY_NAMES = ['title', 'body', 'score', 'tags'] as const;

const projection: fc.Arbitrary<IndexProjection> = fc.oneof(
  fc.constant({ type: 'ALL' as const }),
  fc.constant({ type: 'KEYS_ONLY' as const }),
  fc.uniqueArray(fc.constantFrom(...NON_KEY_NAMES), { minLength: 1, maxLength: 3 }).map((nonKeyAttributes) => ({ type: 'INCLUDE' as const, nonKeyAttributes })),
);

function key(types: Readonly<Record<string, KeyAttributeType>>, name: string): KeyAttribute {
  return { name, type: types[name] ?? 'S' };
}

export const tableSpecArbitrary: fc.Arbitrary<TableSpec> = fc
  .record({
    types: fc.record(Object.fromEntries(KEY_NAMES.map((name) => [name, fc.constantFrom<KeyAttributeType>('S', 'N', 'B')])) as Record<(typeof KEY_NAMES)[number], fc.Arbitrary<KeyAttributeType>>),
    hasSortKey: fc.boolean(),
    globals: fc.array(fc.record({ partition: fc.constantFrom(...KEY_NAMES), sort: fc.option(fc.constantFrom(...KEY_NAMES), { nil: undefined }), projection }), { maxLength: 3 }),
    locals: fc.array(fc.record({ sort: fc.constantFrom('kind', 'at', 'owner', 'rank'), projection }), { maxLength: 2 }),
    billing: fc.oneof(
      fc.constant({ mode: 'PAY_PER_REQUEST' as const }),
      fc.record({ mode: fc.constant('PROVISIONED' as const), readCapacityUnits: fc.integer({ min: 1, max: 20 }), writeCapacityUnits: fc.integer({ min: 1, max: 20 }) }),
    ),
    stream: fc.option(fc.constantFrom('KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES').map((viewType) => ({ viewType })), { nil: undefined }),
    ttl: fc.boolean(),
    encryption: fc.oneof(
      fc.constant({ type: 'AWS_OWNED' as const }),
      fc.constant({ type: 'AWS_MANAGED' as const }),
      fc.uuid({ version: 4 }).map((kmsKeyId) => ({ type: 'CUSTOMER_MANAGED' as const, kmsKeyId })),
    ),
    recovery: fc.oneof(fc.constant({ enabled: false }), fc.record({ enabled: fc.constant(true), recoveryPeriodInDays: fc.option(fc.integer({ min: 1, max: 35 }), { nil: undefined }) })),
    deletionProtection: fc.boolean(),
    tableClass: fc.constantFrom('STANDARD' as const, 'STANDARD_INFREQUENT_ACCESS' as const),
    tags: fc.uniqueArray(fc.record({ key: fc.constantFrom('team', 'cost-centre', 'env'), value: fc.stringMatching(/^[a-z0-9 .:/=+@_-]{1,12}$/) }), { maxLength: 2, selector: (tag) => tag.key }),
    removalPolicy: fc.constantFrom('Retain' as const, 'Delete' as const, 'Snapshot' as const),
  })
  .map((drawn) =>
    defineTableSpec({
      id: 'Random',
      tableName: { default: 'random-table', environmentVariable: 'RANDOM_TABLE_NAME' },
      partitionKey: key(drawn.types, 'pk'),
      sortKey: drawn.hasSortKey ? key(drawn.types, 'sk') : undefined,
      globalSecondaryIndexes: drawn.globals
        .filter((index) => index.sort !== index.partition)
        .map((index, position) => ({ name: `Global${position}`, partitionKey: key(drawn.types, index.partition), sortKey: index.sort === undefined ? undefined : key(drawn.types, index.sort), projection: index.projection })),
      localSecondaryIndexes: drawn.hasSortKey ? drawn.locals.map((index, position) => ({ name: `Local${position}`, sortKey: key(drawn.types, index.sort), projection: index.projection })) : [],
      billing: drawn.billing,
      stream: drawn.stream,
      timeToLive: drawn.ttl ? { attributeName: 'expiresAt' } : undefined,
      encryption: drawn.encryption,
      pointInTimeRecovery: drawn.recovery,
      deletionProtection: drawn.deletionProtection,
      tableClass: drawn.tableClass,
      tags: drawn.tags,
      removalPolicy: drawn.removalPolicy,
    }),
  );
