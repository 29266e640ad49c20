import { expect } from 'chai';
import fc from 'fast-check';
import { planAfterReadingHead, planAppend, type AppendPlan } from '../../../../domain/events/append-plan.js';
import { decideExpectedVersion, ExpectedVersion, expectedVersionFrom } from '../../../../domain/events/expected-version.js';
import { InvalidInputError } from '../../../../domain/errors/invalid-input-error.js';
import type { StreamVersion } from '../../../../domain/values/versions.js';

const version = (n: number): StreamVersion => n as StreamVersion;
const expectations = fc.oneof(
  fc.constant(ExpectedVersion.any),
  fc.constant(ExpectedVersion.noStream),
  fc.constant(ExpectedVersion.streamExists),
  fc.nat(20).map((n) => ExpectedVersion.exact(n)),
);

/**
 * Runs a plan against a model stream at version `actual`, as DynamoDB would: a put of item s
 * under attribute_not_exists lands iff s > actual; a ConditionCheck on item s - 1 passes iff
 * s - 1 <= actual. Reading the head returns `actual`.
 */
function run(expected: ExpectedVersion, known: number, actual: number): { outcome: 'appended'; at: number } | { outcome: 'conflict' } {
  let plan: AppendPlan = planAppend(expected, version(known));
  for (let step = 0; step < 3; step++) {
    if (plan.kind === 'conflict') return { outcome: 'conflict' };
    if (plan.kind === 'read-head') {
      plan = planAfterReadingHead(expected, version(actual));
      continue;
    }
    const landed = plan.firstSequenceNumber > actual && (!plan.checkPredecessor || plan.firstSequenceNumber - 1 <= actual);
    if (landed) return { outcome: 'appended', at: plan.firstSequenceNumber };
    // Refused for a missing predecessor, or the item was taken and the plan says conflict.
    if (plan.onTaken === 'conflict' || plan.firstSequenceNumber > actual) return { outcome: 'conflict' };
    plan = { kind: 'read-head' };
  }
  throw new Error('the plan did not settle');
}

describe('expected versions and the append plan', () => {
  it('decides like the definition of each mode', () => {
    fc.assert(
      fc.property(expectations, fc.nat(20), (expected, current) => {
        const decision = decideExpectedVersion(expected, version(current));
        const ok = expected.kind === 'any' || (expected.kind === 'no-stream' && current === 0) || (expected.kind === 'stream-exists' && current > 0) || (expected.kind === 'exact' && expected.version === current);
        expect(decision.outcome).to.equal(ok ? 'append' : 'conflict');
        if (decision.outcome === 'append') expect(decision.firstSequenceNumber).to.equal(current + 1);
      }),
    );
  });

  it('appends exactly when the expectation holds, right after the head (no gap), whatever the process knew', () => {
    fc.assert(
      fc.property(expectations, fc.nat(20), fc.nat(20), (expected, actual, knownSeed) => {
        const known = knownSeed % (actual + 1); // what a process knows never exceeds the truth
        const result = run(expected, known, actual);
        const holds = decideExpectedVersion(expected, version(actual)).outcome === 'append';
        expect(result.outcome).to.equal(holds ? 'appended' : 'conflict');
        if (result.outcome === 'appended') expect(result.at).to.equal(actual + 1);
      }),
    );
  });

  it('needs no read and no predecessor check for an exact version the process knows', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), (v, extra) => {
        const plan = planAppend(ExpectedVersion.exact(v), version(v + extra));
        if (extra === 0) expect(plan).to.deep.equal({ kind: 'write', firstSequenceNumber: v + 1, checkPredecessor: false, onTaken: 'conflict' });
        else expect(plan).to.deep.equal({ kind: 'conflict', mismatch: 'stream-ahead' });
      }),
    );
    expect(planAppend(ExpectedVersion.exact(5), version(2))).to.include({ kind: 'write', checkPredecessor: true });
    expect(planAppend(ExpectedVersion.noStream, version(0))).to.include({ kind: 'write', firstSequenceNumber: 1, checkPredecessor: false });
    expect(planAppend(ExpectedVersion.streamExists, version(0))).to.deep.equal({ kind: 'read-head' });
  });

  it('maps the numeric expectedVersion of the design onto the modes', () => {
    expect(expectedVersionFrom(undefined)).to.equal(ExpectedVersion.any);
    expect(expectedVersionFrom(0)).to.equal(ExpectedVersion.noStream);
    expect(expectedVersionFrom(4)).to.deep.equal({ kind: 'exact', version: 4 });
    expect(expectedVersionFrom({ kind: 'stream-exists' })).to.equal(ExpectedVersion.streamExists);
    for (const bad of [-1, 1.5, Number.NaN, '3', { kind: 'exact', version: -2 }, { kind: 'sometimes' }, null]) {
      expect(() => expectedVersionFrom(bad), JSON.stringify(bad)).to.throw(InvalidInputError);
    }
  });
});
