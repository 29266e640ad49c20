import { expect } from 'chai';
import fc from 'fast-check';
import { allOf, anyOf, everyNEvents, neverSnapshot, olderThan, onEventTypes, shouldSnapshot, type SnapshotContext, type SnapshotPolicy } from '../../../../domain/events/snapshot-policy.js';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';

const contexts: fc.Arbitrary<SnapshotContext> = fc
  .record({
    snapshotVersion: fc.nat(500),
    ahead: fc.nat(300),
    snapshotTimeMs: fc.option(fc.nat(1_000_000), { nil: undefined }),
    elapsed: fc.nat(1_000_000),
    eventTypes: fc.array(fc.constantFrom('Created', 'Renamed', 'Closed'), { maxLength: 3 }),
  })
  .map((c) => ({ version: c.snapshotVersion + c.ahead, snapshotVersion: c.snapshotVersion, snapshotTimeMs: c.snapshotTimeMs, nowMs: (c.snapshotTimeMs ?? 0) + c.elapsed, eventTypes: c.eventTypes }));

const policies: fc.Arbitrary<SnapshotPolicy> = fc.oneof(
  fc.integer({ min: 1, max: 200 }).map((n) => everyNEvents(n)),
  fc.nat(1_000_000).map((ms) => olderThan(ms)),
  fc.subarray(['Created', 'Renamed', 'Closed']).map((types) => onEventTypes(types)),
  fc.constant(neverSnapshot),
);

describe('snapshot policy', () => {
  it('takes one every N events since the last snapshot (100 by default)', () => {
    const every = everyNEvents();
    expect(every({ version: 100, snapshotVersion: 0, snapshotTimeMs: undefined, nowMs: 0, eventTypes: [] })).to.equal(true);
    expect(every({ version: 199, snapshotVersion: 100, snapshotTimeMs: 0, nowMs: 0, eventTypes: [] })).to.equal(false);
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), contexts, (n, context) => {
      expect(everyNEvents(n)(context)).to.equal(context.version - context.snapshotVersion >= n);
    }));
  });

  it('takes one when the last is older than a duration, or there is none', () => {
    fc.assert(fc.property(fc.nat(1_000_000), contexts, (ms, context) => {
      expect(olderThan(ms)(context)).to.equal(context.snapshotTimeMs === undefined || context.nowMs - context.snapshotTimeMs > ms);
    }));
  });

  it('takes one on significant event types', () => {
    expect(onEventTypes(['Closed'])({ version: 3, snapshotVersion: 0, snapshotTimeMs: undefined, nowMs: 0, eventTypes: ['Renamed', 'Closed'] })).to.equal(true);
    expect(onEventTypes(['Closed'])({ version: 3, snapshotVersion: 0, snapshotTimeMs: undefined, nowMs: 0, eventTypes: ['Renamed'] })).to.equal(false);
  });

  it('combines policies with anyOf and allOf as or and and', () => {
    fc.assert(
      fc.property(fc.array(policies, { maxLength: 4 }), contexts, (chosen, context) => {
        const each = chosen.map((policy) => policy(context));
        expect(anyOf(...chosen)(context)).to.equal(each.some(Boolean));
        expect(allOf(...chosen)(context)).to.equal(each.every(Boolean));
      }),
    );
  });

  it('never snapshots a version that is not past the latest snapshot', () => {
    fc.assert(fc.property(policies, contexts, (policy, context) => {
      const stale = { ...context, version: context.snapshotVersion };
      expect(shouldSnapshot(policy, stale)).to.equal(false);
      expect(shouldSnapshot(policy, context)).to.equal(context.version > context.snapshotVersion && policy(context));
    }));
  });

  it('refuses nonsense settings', () => {
    expect(() => everyNEvents(0)).to.throw(InvalidInputError);
    expect(() => everyNEvents(2.5)).to.throw(InvalidInputError);
    expect(() => olderThan(-1)).to.throw(InvalidInputError);
  });
});
