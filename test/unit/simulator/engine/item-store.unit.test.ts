import { expect } from 'chai';
import fc from 'fast-check';
import { ItemStore, type SortKeyRange } from '../../../../adapters/simulator/engine/item-store.js';
import type { AttributeMap, AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import { compareValues } from '../../../../adapters/simulator/values/compare-values.js';
import { tableDefinition } from './table-definition-fixture.js';

const definition = tableDefinition({
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'N' },
  indexes: [
    { name: 'byG', kind: 'global', partitionKey: { name: 'g', type: 'S' }, sortKey: { name: 'gs', type: 'N' }, projection: { type: 'KEYS_ONLY', nonKeyAttributes: [] } },
    { name: 'byL', kind: 'local', partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'ls', type: 'S' }, projection: { type: 'INCLUDE', nonKeyAttributes: ['v'] } },
  ],
});

const partitionKeys = ['a', 'b', 'é', '𝄞', 'c'];
const itemArbitrary = fc.record(
  {
    pk: fc.constantFrom(...partitionKeys).map((S): AttributeValue => ({ S })),
    sk: fc.integer({ min: -5, max: 5 }).map((n): AttributeValue => ({ N: String(n) })),
    g: fc.oneof(fc.constantFrom('x', 'y').map((S): AttributeValue => ({ S })), fc.constant<AttributeValue>({ N: '1' })),
    gs: fc.integer({ min: 0, max: 3 }).map((n): AttributeValue => ({ N: String(n) })),
    ls: fc.constantFrom('m', 'n', 'mm', 'n\u{1F600}', 'n\uFFFD').map((S): AttributeValue => ({ S })),
    v: fc.integer().map((n): AttributeValue => ({ N: String(n) })),
  },
  { requiredKeys: ['pk', 'sk'] },
).map((item) => item as AttributeMap);

type Operation = { readonly put: AttributeMap } | { readonly delete: AttributeMap };
const operationsArbitrary = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: itemArbitrary.map((item): Operation => ({ put: item })) },
    { weight: 1, arbitrary: itemArbitrary.map((item): Operation => ({ delete: item })) },
  ),
  { maxLength: 60 },
);

const keyOf = (item: AttributeMap): string => `${JSON.stringify(item['pk'])}|${JSON.stringify(item['sk'])}`;
const compare = (a: AttributeValue | undefined, b: AttributeValue | undefined): number => compareValues(a as AttributeValue, b as AttributeValue) ?? 0;

function apply(operations: readonly Operation[]): { store: ItemStore; model: Map<string, AttributeMap> } {
  const store = new ItemStore(definition);
  const model = new Map<string, AttributeMap>();
  for (const operation of operations) {
    if ('put' in operation) {
      const replaced = store.put(operation.put);
      expect(replaced?.item).to.equal(model.get(keyOf(operation.put)));
      model.set(keyOf(operation.put), operation.put);
    } else {
      const removed = store.delete(operation.delete);
      expect(removed?.item).to.equal(model.get(keyOf(operation.delete)));
      model.delete(keyOf(operation.delete));
    }
  }
  return { store, model };
}

function inRange(value: AttributeValue, range: SortKeyRange): boolean {
  if (range.lower !== undefined) {
    const comparison = compare(value, range.lower.value);
    if (comparison < 0 || (comparison === 0 && !range.lower.inclusive)) return false;
  }
  if (range.upper !== undefined) {
    const comparison = compare(value, range.upper.value);
    if (comparison > 0 || (comparison === 0 && !range.upper.inclusive)) return false;
  }
  const prefix = range.prefix;
  return prefix === undefined || ('S' in value && 'S' in prefix && value.S.startsWith(prefix.S));
}

const numberBound = fc.record({ value: fc.integer({ min: -6, max: 6 }).map((n): AttributeValue => ({ N: String(n) })), inclusive: fc.boolean() });
const numberRange = fc.record({ lower: numberBound, upper: numberBound }, { requiredKeys: [] });

describe('ItemStore', () => {
  it('counts items and bytes, and replaces items with the same key', () => {
    const store = new ItemStore(definition);
    store.put({ pk: { S: 'a' }, sk: { N: '1' }, v: { S: 'xyz' } });
    store.put({ pk: { S: 'a' }, sk: { N: '1' }, v: { S: 'xy' } });
    store.put({ pk: { S: 'a' }, sk: { N: '2' } });
    expect(store.itemCount).to.equal(2);
    // pk(2+1) + sk(2+2) + v(1+2) = 10; pk(3) + sk(4) = 7.
    expect(store.sizeBytes).to.equal(17);
    expect(store.get({ pk: { S: 'a' }, sk: { N: '1' } })?.item['v']).to.deep.equal({ S: 'xy' });
    expect(store.delete({ pk: { S: 'a' }, sk: { N: '9' } })).to.equal(undefined);
    expect(store.delete({ pk: { S: 'a' }, sk: { N: '2' } })?.size).to.equal(7);
    expect(store.itemCount).to.equal(1);
    expect(store.sizeBytes).to.equal(10);
  });

  it('keeps indexes sparse, projected, and skips index keys of the wrong type', () => {
    const store = new ItemStore(definition);
    store.put({ pk: { S: 'a' }, sk: { N: '1' }, g: { S: 'x' }, gs: { N: '1' }, v: { S: 'v' }, w: { S: 'w' } });
    store.put({ pk: { S: 'a' }, sk: { N: '2' }, g: { N: '5' }, gs: { N: '1' }, ls: { S: 'l' }, v: { S: 'v' }, w: { S: 'w' } });
    store.put({ pk: { S: 'a' }, sk: { N: '3' }, g: { S: 'x' } });
    expect([...store.query({ indexName: 'byG', partitionKey: { S: 'x' }, forward: true })].map((entry) => entry.item)).to.deep.equal([
      { pk: { S: 'a' }, sk: { N: '1' }, g: { S: 'x' }, gs: { N: '1' } },
    ]);
    expect([...store.query({ indexName: 'byL', partitionKey: { S: 'a' }, forward: true })].map((entry) => entry.item)).to.deep.equal([
      { pk: { S: 'a' }, sk: { N: '2' }, ls: { S: 'l' }, v: { S: 'v' } },
    ]);
    expect(store.indexStats('byG')).to.deep.equal({ itemCount: 1, sizeBytes: 3 + 4 + 2 + 4 });
    expect(store.indexStats('nope')).to.deep.equal({ itemCount: 0, sizeBytes: 0 });
  });

  it('backfills an added global index and drops a removed one', () => {
    const bare = tableDefinition({ partitionKey: { name: 'pk', type: 'S' } });
    const store = new ItemStore(bare);
    store.put({ pk: { S: 'a' }, g: { S: 'x' } });
    store.put({ pk: { S: 'b' }, g: { N: '1' } });
    store.put({ pk: { S: 'c' } });
    const withIndex = tableDefinition({ partitionKey: { name: 'pk', type: 'S' }, indexes: [{ name: 'byG', kind: 'global', partitionKey: { name: 'g', type: 'S' } }] });
    store.setDefinition(withIndex);
    expect(store.indexStats('byG').itemCount).to.equal(1);
    expect([...store.scan({ indexName: 'byG' })].map((entry) => entry.item)).to.deep.equal([{ pk: { S: 'a' }, g: { S: 'x' } }]);
    store.put({ pk: { S: 'd' }, g: { S: 'y' } });
    expect(store.indexStats('byG').itemCount).to.equal(2);
    store.setDefinition(bare);
    expect(store.index('byG')).to.equal(undefined);
    expect(store.indexStats('byG').itemCount).to.equal(0);
  });

  it('reads a partition within a range, forwards and backwards, as a model does', () => {
    fc.assert(
      fc.property(operationsArbitrary, fc.constantFrom(...partitionKeys), numberRange, fc.boolean(), (operations, pk, range, forward) => {
        const { store, model } = apply(operations);
        const expected = [...model.values()]
          .filter((item) => (item['pk'] as { S: string }).S === pk && inRange(item['sk'] as AttributeValue, range))
          .sort((a, b) => compare(a['sk'], b['sk']) * (forward ? 1 : -1));
        const actual = [...store.query({ partitionKey: { S: pk }, range, forward })].map((entry) => entry.item);
        expect(actual).to.deep.equal(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('resumes a partition read after any key: the pages concatenate to the whole read', () => {
    fc.assert(
      fc.property(operationsArbitrary, fc.constantFrom(...partitionKeys), fc.boolean(), fc.integer({ min: 1, max: 4 }), fc.constantFrom(undefined, 'byL'), (operations, pk, forward, pageSize, indexName) => {
        const { store } = apply(operations);
        const query = { partitionKey: { S: pk }, forward, ...(indexName === undefined ? {} : { indexName }) };
        const whole = [...store.query(query)].map((entry) => entry.item);
        const paged: AttributeMap[] = [];
        let start: AttributeMap | undefined;
        for (;;) {
          const page = [...store.query({ ...query, ...(start === undefined ? {} : { exclusiveStartKey: start }) })].slice(0, pageSize).map((entry) => entry.item);
          paged.push(...page);
          if (page.length < pageSize) break;
          start = page[page.length - 1];
        }
        expect(paged).to.deep.equal(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('reads begins_with ranges in both directions, with UTF-8 order', () => {
    fc.assert(
      fc.property(operationsArbitrary, fc.constantFrom('m', 'n', 'mm', 'z', ''), fc.boolean(), (operations, prefix, forward) => {
        const { store, model } = apply(operations);
        const expected = [...model.values()]
          .filter((item) => (item['pk'] as { S: string }).S === 'a' && item['ls'] !== undefined && (item['ls'] as { S: string }).S.startsWith(prefix))
          .map((item) => (item['ls'] as { S: string }).S);
        const actual = [...store.query({ indexName: 'byL', partitionKey: { S: 'a' }, range: { prefix: { S: prefix } }, forward })].map((entry) => (entry.item['ls'] as { S: string }).S);
        const sorted = [...actual].sort((x, y) => compare({ S: x }, { S: y }) * (forward ? 1 : -1));
        expect(actual).to.deep.equal(sorted);
        expect([...actual].sort()).to.deep.equal([...expected].sort());
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every index equal to a recomputation from the table', () => {
    fc.assert(
      fc.property(operationsArbitrary, (operations) => {
        const { store, model } = apply(operations);
        for (const g of ['x', 'y']) {
          const expected = [...model.values()].filter((item) => (item['g'] as { S?: string } | undefined)?.S === g && item['gs'] !== undefined);
          const actual = [...store.query({ indexName: 'byG', partitionKey: { S: g }, forward: true })].map((entry) => entry.item);
          expect(actual.map(keyOf).sort()).to.deep.equal(expected.map(keyOf).sort());
          for (let index = 1; index < actual.length; index++) expect(compare(actual[index - 1]?.['gs'], actual[index]?.['gs'])).to.be.at.most(0);
        }
        const indexed = [...model.values()].filter((item) => 'S' in (item['g'] ?? {}) && item['gs'] !== undefined);
        expect(store.indexStats('byG').itemCount).to.equal(indexed.length);
      }),
      { numRuns: 100 },
    );
  });

  it('splits a scan into disjoint segments that cover the table, each resumable', () => {
    fc.assert(
      fc.property(operationsArbitrary, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 3 }), (operations, totalSegments, pageSize) => {
        const { store, model } = apply(operations);
        const whole = [...store.scan()].map((entry) => keyOf(entry.item));
        expect([...whole].sort()).to.deep.equal([...model.keys()].sort());
        const segments: string[] = [];
        for (let segment = 0; segment < totalSegments; segment++) {
          let start: AttributeMap | undefined;
          for (;;) {
            const page = [...store.scan({ segment: { segment, totalSegments }, ...(start === undefined ? {} : { exclusiveStartKey: start }) })].slice(0, pageSize);
            segments.push(...page.map((entry) => keyOf(entry.item)));
            if (page.length < pageSize) break;
            start = page[page.length - 1]?.item;
          }
        }
        expect(segments).to.deep.equal(whole);
      }),
      { numRuns: 100 },
    );
  });
});
