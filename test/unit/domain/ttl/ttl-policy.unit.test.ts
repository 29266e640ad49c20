import { expect } from 'chai';
import fc from 'fast-check';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import { DEFAULT_TTL_POLICY, expiresAt, isExpired, ttlPolicy } from '../../../../domain/ttl/ttl-policy.js';

describe('TTL policy', () => {
  it('keeps records 30 days by default, as epoch seconds', () => {
    expect(DEFAULT_TTL_POLICY.retentionSeconds).to.equal(30 * 86_400);
    expect(expiresAt(DEFAULT_TTL_POLICY, Date.parse('2025-01-01T00:00:00.999Z'))).to.equal(Date.parse('2025-01-31T00:00:00Z') / 1000);
    expect(ttlPolicy({ days: 1 }).retentionSeconds).to.equal(86_400);
    expect(ttlPolicy({ seconds: 5 }).retentionSeconds).to.equal(5);
    expect(() => ttlPolicy({ seconds: 0 })).to.throw(InvalidInputError);
  });

  it('counts a record expired from its TTL second on, never before', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 4_000_000_000_000 }), (retention, now) => {
      const ttl = expiresAt(ttlPolicy({ seconds: retention }), now);
      expect(isExpired({ ttl }, now)).to.equal(false);
      expect(isExpired({ ttl }, ttl * 1000 - 1)).to.equal(false);
      expect(isExpired({ ttl }, ttl * 1000)).to.equal(true);
      expect(isExpired({}, now)).to.equal(false);
    }));
  });
});
