import { expect } from 'chai';
import fc from 'fast-check';
import { createUpcasterRegistry, type Upcaster } from '../../../../domain/events/upcasters.js';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { SchemaVersionError } from '../../../../domain/errors/schema-version-error.js';
import type { JsonObject } from '../../../../domain/values/json-value.js';
import type { SchemaVersion } from '../../../../domain/values/versions.js';

const v = (n: number): SchemaVersion => n as SchemaVersion;

/** Upcaster i appends i to `steps`, so the result shows which ran, in which order. */
function chain(type: string, length: number): Upcaster[] {
  return Array.from({ length }, (_, index) => ({
    eventType: type,
    fromVersion: index + 1,
    upcast: (data: JsonObject) => ({ ...data, steps: [...((data['steps'] as number[] | undefined) ?? []), index + 1] }),
  }));
}

describe('upcasters', () => {
  it('bring data of any older version to the current one, each step once and in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.nat(8), fc.boolean(), (length, startSeed, shuffle) => {
        const upcasters = chain('Thing', length);
        const registry = createUpcasterRegistry(shuffle ? [...upcasters].reverse() : upcasters);
        const current = length + 1;
        expect(registry.currentVersion('Thing')).to.equal(current);
        const start = (startSeed % current) + 1;
        const result = registry.upcast('Thing', v(start), Object.freeze({ id: 'x' }));
        const expected = Array.from({ length: current - start }, (_, index) => start + index);
        expect(result).to.deep.equal(expected.length === 0 ? { id: 'x' } : { id: 'x', steps: expected });
        expect(Object.isFrozen(result)).to.equal(true);
      }),
    );
  });

  it('keep types apart, with version 1 current for a type without upcasters', () => {
    const registry = createUpcasterRegistry([...chain('A', 2), ...chain('B', 1)]);
    expect([registry.currentVersion('A'), registry.currentVersion('B'), registry.currentVersion('C')]).to.deep.equal([3, 2, 1]);
    expect(registry.upcast('C', v(1), { same: true })).to.deep.equal({ same: true });
  });

  it('refuse a version newer than the current one', () => {
    const error = (() => {
      try {
        createUpcasterRegistry(chain('A', 1)).upcast('A', v(3), {});
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(SchemaVersionError.is(error)).to.equal(true);
    expect(error).to.include({ eventType: 'A', schemaVersion: 3, problem: 'newer-than-current' });
  });

  it('refuse registries with gaps or duplicates, and upcasters that return no JSON object', () => {
    expect(() => createUpcasterRegistry([chain('A', 2)[1] as Upcaster])).to.throw(SchemaVersionError);
    expect(() => createUpcasterRegistry([...chain('A', 1), ...chain('A', 1)])).to.throw(InvalidInputError);
    expect(() => createUpcasterRegistry([{ eventType: 'A', fromVersion: 0, upcast: (data) => data }])).to.throw(InvalidInputError);
    const broken = createUpcasterRegistry([{ eventType: 'A', fromVersion: 1, upcast: () => ({ when: new Date() }) }]);
    expect(() => broken.upcast('A', v(1), {})).to.throw(InvalidInputError);
  });
});
