import { expect } from 'chai';
import fc from 'fast-check';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { compositeKey, entityKey, parseEntityKey, splitCompositeKey } from '../../../../domain/keys/composite-key.js';
import { allShardKeys, shardedKey, shardOf, unshardedKey } from '../../../../domain/keys/write-shard.js';

const part = fc.string({ minLength: 1, maxLength: 10 }).filter((text) => !text.includes('#'));

describe('key helpers', () => {
  it('join and split composite keys; only the last part may hold the separator', () => {
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.string({ minLength: 1, maxLength: 10 }), (head, last) => {
      const parts = [...head, last];
      expect(splitCompositeKey(compositeKey(...parts), parts.length)).to.deep.equal(parts);
    }));
    expect(() => compositeKey('a#b', 'c')).to.throw(InvalidInputError);
    expect(() => compositeKey('a', '')).to.throw(InvalidInputError);
  });

  it('keep composite keys with a common prefix together in string order', () => {
    fc.assert(fc.property(part, part, fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), (prefix, other, a, b) => {
      fc.pre(!other.startsWith(prefix) && !prefix.startsWith(other));
      const inside = [compositeKey(prefix, `x${a}`), compositeKey(prefix, `x${b}`)].sort();
      const outside = compositeKey(other, 'x');
      // No key of another prefix sorts between two keys of this prefix.
      expect(outside < (inside[0] ?? '') || outside > (inside[1] ?? '')).to.equal(true);
    }));
  });

  it('build entity keys with upper-case prefixes', () => {
    expect(entityKey('USER', '42')).to.equal('USER#42');
    expect(parseEntityKey('USER#a#b')).to.deep.equal({ prefix: 'USER', id: 'a#b' });
    expect(() => entityKey('user', '42')).to.throw(InvalidInputError);
  });

  it('spread a key over write shards stably and within range', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), fc.string(), fc.integer({ min: 1, max: 64 }), (key, by, count) => {
      const sharded = shardedKey(key, by, count);
      expect(sharded).to.equal(shardedKey(key, by, count));
      const { key: base, shard } = unshardedKey(sharded);
      expect(base).to.equal(key);
      expect(shard).to.equal(shardOf(by, count));
      expect(allShardKeys(key, count)).to.include(sharded).and.have.length(count);
    }));
    expect(() => shardOf('x', 0)).to.throw(InvalidInputError);
  });
});
