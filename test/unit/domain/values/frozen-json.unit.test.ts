import { expect } from 'chai';
import fc from 'fast-check';
import { canonicalJson } from '../../../../domain/values/canonical-json.js';
import { frozenJson, frozenJsonObject, MAX_ATTRIBUTE_DEPTH } from '../../../../domain/values/frozen-json.js';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { storableJson } from '../support/storable-json.js';

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? { a: value } : [value];
  return value;
}

describe('frozen JSON copies', () => {
  it('copy JSON exactly and deeply frozen, leaving the original alone', () => {
    fc.assert(fc.property(storableJson, (value) => {
      const copy = frozenJson(value, 'value');
      expect(canonicalJson(copy)).to.equal(canonicalJson(JSON.parse(JSON.stringify(value)) as never));
      expect(deeplyFrozen(copy)).to.equal(true);
      if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value)).to.equal(false);
    }));
  });

  it('keep "__proto__" an ordinary key', () => {
    const copy = frozenJsonObject(JSON.parse('{"__proto__": {"polluted": true}}') as unknown, 'data');
    expect(Object.keys(copy)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('refuse what DynamoDB would not store or return unchanged, naming the path', () => {
    const cases: [unknown, string][] = [
      [{ a: Number.NaN }, 'data.a'],
      [{ a: [1, Number.POSITIVE_INFINITY] }, 'data.a[1]'],
      [{ a: 2 ** 60 }, 'data.a'],
      [{ a: 1e-200 }, 'data.a'],
      [{ a: undefined }, 'data.a'],
      [{ a: new Date(0) }, 'data.a'],
      [{ a: new Set([1]) }, 'data.a'],
      [{ a: new Uint8Array(1) }, 'data.a'],
      [{ a: () => 1 }, 'data.a'],
      [{ a: 10n }, 'data.a'],
      [{ a: 'bad \uD800 surrogate' }, 'data.a'],
    ];
    for (const [value, field] of cases) {
      try {
        frozenJsonObject(value, 'data');
        expect.fail(`accepted ${field}`);
      } catch (error) {
        expect(InvalidInputError.is(error), String(error)).to.equal(true);
        expect((error as InvalidInputError).field).to.equal(field);
      }
    }
    expect(() => frozenJsonObject([1], 'data')).to.throw(InvalidInputError, /JSON object/);
  });

  it('accept nesting up to DynamoDB\'s limit and no deeper', () => {
    expect(() => frozenJson(nested(MAX_ATTRIBUTE_DEPTH), 'data')).not.to.throw();
    expect(() => frozenJson(nested(MAX_ATTRIBUTE_DEPTH + 1), 'data')).to.throw(InvalidInputError, /levels/);
  });
});
