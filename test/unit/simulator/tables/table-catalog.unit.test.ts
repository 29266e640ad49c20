import { expect } from 'chai';
import fc from 'fast-check';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import { javaHashSetOrder, javaStringHash } from '../../../../adapters/simulator/tables/java-hash-set-order.js';
import { createTableIdGenerator } from '../../../../adapters/simulator/tables/table-ids.js';
import { parseTableArn, tableNameOf } from '../../../../adapters/simulator/validation/name-rules.js';
import { simpleTable, tableTestContext } from './table-test-context.js';

function thrown(action: () => unknown): SimulatorError {
  try {
    action();
  } catch (error) {
    if (error instanceof SimulatorError) return error;
    throw error;
  }
  throw new Error('expected a SimulatorError');
}

describe('TableCatalog', () => {
  it('finds tables by name or ARN, with the not-found message of item and of table operations', () => {
    const context = tableTestContext();
    context.run('CreateTable', simpleTable('present'));
    expect(context.catalog.get('present')?.definition.name).to.equal('present');
    expect(context.catalog.get('arn:aws:dynamodb:eu-west-1:123456789012:table/present')?.definition.name).to.equal('present');
    expect(context.catalog.get('absent')).to.equal(undefined);
    const itemError = thrown(() => context.catalog.require('absent'));
    expect([itemError.errorName, itemError.message]).to.deep.equal(['ResourceNotFoundException', 'Requested resource not found']);
    const tableError = thrown(() => context.catalog.requireTable('absent'));
    expect([tableError.errorName, tableError.message]).to.deep.equal(['ResourceNotFoundException', 'Requested resource not found: Table: absent not found']);
  });

  it('keeps names sorted through any sequence of creations and deletions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.constantFrom('aaa', 'AAA', 'b.b', 'b-b', 'c_c', '000', 'zzz')), { maxLength: 40 }), (steps) => {
        const context = tableTestContext();
        const model = new Set<string>();
        for (const [create, name] of steps) {
          if (create && !model.has(name)) {
            context.run('CreateTable', simpleTable(name));
            model.add(name);
          } else if (!create && model.has(name)) {
            context.run('DeleteTable', { TableName: name });
            model.delete(name);
          }
        }
        expect(context.catalog.names()).to.deep.equal([...model].sort());
        expect(context.catalog.list().map((entry) => entry.definition.name)).to.deep.equal([...model].sort());
      }),
      { numRuns: 40 },
    );
  });

  it('makes repeatable, distinct version-4 TableIds', () => {
    const first = createTableIdGenerator('seed');
    const second = createTableIdGenerator('seed');
    const ids = Array.from({ length: 50 }, () => first());
    expect(Array.from({ length: 50 }, () => second())).to.deep.equal(ids);
    expect(new Set(ids).size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
  });
});

describe('table ARNs in TableName', () => {
  it('parses table ARNs and nothing else', () => {
    expect(parseTableArn('arn:aws:dynamodb:us-east-1:000000000000:table/orders')).to.deep.equal({ region: 'us-east-1', accountId: '000000000000', tableName: 'orders' });
    expect(parseTableArn('arn:aws:dynamodb:us-east-1:000000000000:table/orders/index/by-x')).to.equal(undefined);
    expect(parseTableArn('orders')).to.equal(undefined);
    expect(tableNameOf('arn:aws:dynamodb:us-east-1:000000000000:table/orders')).to.equal('orders');
    expect(tableNameOf('orders')).to.equal('orders');
  });
});

describe('javaHashSetOrder', () => {
  it('computes Java String hash codes', () => {
    expect(javaStringHash('')).to.equal(0);
    expect(javaStringHash('pk')).to.equal(3579);
    expect(javaStringHash('hello')).to.equal(99162322);
    // Overflows wrap to 32 bits as in Java: "polygenelubricants".hashCode() == Integer.MIN_VALUE.
    expect(javaStringHash('polygenelubricants')).to.equal(-2147483648);
  });

  it('orders names by bucket as a HashSet iterates them', () => {
    expect(javaHashSetOrder(['pk', 'sk', 'a'])).to.deep.equal(['a', 'sk', 'pk']);
    expect(javaHashSetOrder(['sk', 'a', 'b', 'pk', 'c'])).to.deep.equal(['a', 'b', 'c', 'sk', 'pk']);
    expect(javaHashSetOrder(['b', 'a', 'b'])).to.deep.equal(['a', 'b']);
  });

  it('is a permutation of the distinct names', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 40 }), (names) => {
        const ordered = javaHashSetOrder(names);
        expect([...ordered].sort()).to.deep.equal([...new Set(names)].sort());
      }),
      { numRuns: 50 },
    );
  });
});
