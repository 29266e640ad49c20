/**
 * Random table shapes: a partition key of any key type, with or without a sort key, and up to two
 * global and one local secondary index over a small pool of attributes, with every projection
 * type; on-demand or provisioned; with or without a stream. Each shape knows how to create its
 * table and which attributes hold keys.
 */
import fc from 'fast-check';

export type KeyType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  readonly name: string;
  readonly type: KeyType;
}

export type Projection = 'ALL' | 'KEYS_ONLY' | readonly string[];

export interface IndexShape {
  readonly name: string;
  readonly global: boolean;
  readonly hash: KeyAttribute;
  readonly range?: KeyAttribute;
  readonly projection: Projection;
}

export interface TableShape {
  readonly name: string;
  readonly hash: KeyAttribute;
  readonly range?: KeyAttribute;
  readonly indexes: readonly IndexShape[];
  readonly provisioned: boolean;
  readonly stream: boolean;
}

/** Attributes that index keys may use, each with one type per table. */
export const INDEX_ATTRIBUTES = ['g', 'h', 'r'] as const;
/** Non-key attributes an INCLUDE projection may name. */
export const PROJECTABLE = ['a', 'n', 'm', 'status'] as const;

const keyType = fc.constantFrom<KeyType>('S', 'N', 'B');

const projection: fc.Arbitrary<Projection> = fc.oneof(
  fc.constantFrom<Projection>('ALL', 'KEYS_ONLY'),
  fc.subarray([...PROJECTABLE], { minLength: 1, maxLength: 3 }),
);

function tableShape(name: string): fc.Arbitrary<TableShape> {
  return fc
    .record({
      hashType: keyType,
      rangeType: fc.option(keyType, { nil: undefined }),
      indexTypes: fc.tuple(keyType, keyType, keyType),
      gsis: fc.array(fc.record({ hash: fc.constantFrom(...INDEX_ATTRIBUTES, 'sk'), range: fc.option(fc.constantFrom(...INDEX_ATTRIBUTES, 'pk'), { nil: undefined }), projection }), { maxLength: 2 }),
      lsi: fc.option(fc.record({ range: fc.constantFrom(...INDEX_ATTRIBUTES), projection }), { nil: undefined }),
      provisioned: fc.boolean(),
      stream: fc.boolean(),
    })
    .map(({ hashType, rangeType, indexTypes, gsis, lsi, provisioned, stream }): TableShape => {
      const hash: KeyAttribute = { name: 'pk', type: hashType };
      const range: KeyAttribute | undefined = rangeType === undefined ? undefined : { name: 'sk', type: rangeType };
      const attribute = (attributeName: string): KeyAttribute | undefined => {
        if (attributeName === 'pk') return hash;
        if (attributeName === 'sk') return range;
        return { name: attributeName, type: indexTypes[INDEX_ATTRIBUTES.indexOf(attributeName as (typeof INDEX_ATTRIBUTES)[number])] ?? 'S' };
      };
      const indexes: IndexShape[] = [];
      for (const [position, gsi] of gsis.entries()) {
        const gsiHash = attribute(gsi.hash);
        const gsiRange = gsi.range === undefined || gsi.range === gsi.hash ? undefined : attribute(gsi.range);
        if (gsiHash === undefined) continue;
        indexes.push({ name: `gsi-${position}`, global: true, hash: gsiHash, ...(gsiRange === undefined ? {} : { range: gsiRange }), projection: gsi.projection });
      }
      if (lsi !== undefined && range !== undefined) {
        indexes.push({ name: 'lsi-0', global: false, hash, range: attribute(lsi.range) as KeyAttribute, projection: lsi.projection });
      }
      return { name, hash, ...(range === undefined ? {} : { range }), indexes, provisioned, stream };
    });
}

/** One or two tables per run, named alike on both sides. */
export const tableShapes: fc.Arbitrary<readonly TableShape[]> = fc
  .tuple(tableShape('diff-main'), fc.option(tableShape('diff-other'), { nil: undefined, freq: 2 }))
  .map(([main, other]) => (other === undefined ? [main] : [main, other]));

function keySchema(hash: KeyAttribute, range: KeyAttribute | undefined): Record<string, string>[] {
  return [{ AttributeName: hash.name, KeyType: 'HASH' }, ...(range === undefined ? [] : [{ AttributeName: range.name, KeyType: 'RANGE' }])];
}

function projectionRequest(projectionShape: Projection): Record<string, unknown> {
  return typeof projectionShape === 'string' ? { ProjectionType: projectionShape } : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projectionShape] };
}

const THROUGHPUT = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };

/** Every attribute that is a key of the table or of one of its indexes. */
export function keyAttributes(shape: TableShape): KeyAttribute[] {
  const all = [shape.hash, ...(shape.range === undefined ? [] : [shape.range]), ...shape.indexes.flatMap((index) => [index.hash, ...(index.range === undefined ? [] : [index.range])])];
  return all.filter((attribute, position) => all.findIndex((other) => other.name === attribute.name) === position);
}

export function createTableRequest(shape: TableShape): Record<string, unknown> {
  const globals = shape.indexes.filter((index) => index.global);
  const locals = shape.indexes.filter((index) => !index.global);
  return {
    TableName: shape.name,
    AttributeDefinitions: keyAttributes(shape).map((attribute) => ({ AttributeName: attribute.name, AttributeType: attribute.type })),
    KeySchema: keySchema(shape.hash, shape.range),
    ...(shape.provisioned ? { ProvisionedThroughput: THROUGHPUT } : { BillingMode: 'PAY_PER_REQUEST' }),
    ...(globals.length === 0 ? {} : {
      GlobalSecondaryIndexes: globals.map((index) => ({
        IndexName: index.name, KeySchema: keySchema(index.hash, index.range), Projection: projectionRequest(index.projection), ...(shape.provisioned ? { ProvisionedThroughput: THROUGHPUT } : {}),
      })),
    }),
    ...(locals.length === 0 ? {} : {
      LocalSecondaryIndexes: locals.map((index) => ({ IndexName: index.name, KeySchema: keySchema(index.hash, index.range), Projection: projectionRequest(index.projection) })),
    }),
    ...(shape.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } } : {}),
  };
}
