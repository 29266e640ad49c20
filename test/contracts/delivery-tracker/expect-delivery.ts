/** Comparing delivery records with the model, learning the times and TTL the tracker assigns. */
import { expect } from 'chai';
import type { DeliveryRecord } from '../../../domain/delivery/delivery-record.js';
import { expectDeeplyFrozen } from '../shared/expect-deeply-frozen.js';
import type { ModelDelivery } from './delivery-model.js';

/** Absent optional fields may be missing or undefined alike. */
function defined(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export function describeDelivery(record: { readonly userId: string; readonly timestamp: string; readonly eventId: string }): string {
  return `${record.userId}/${record.timestamp}/${record.eventId}`;
}

export function expectDelivery(actual: DeliveryRecord | null, expected: ModelDelivery | undefined, what: string): void {
  if (expected === undefined) {
    expect(actual, `${what}: no record (absent or expired)`).to.equal(null);
    return;
  }
  expect(actual, `${what}: the record ${describeDelivery(expected)}`).to.not.equal(null);
  const record = actual as DeliveryRecord;
  const where = `${what}: ${describeDelivery(expected)}`;
  expect(record.ttl, `${where}: ttl in epoch seconds`).to.be.a('number');
  expect(defined(record), where).to.deep.equal(
    defined({
      userId: expected.userId,
      eventId: expected.eventId,
      eventType: expected.eventType,
      timestamp: expected.timestamp,
      payload: expected.payload,
      status: expected.status,
      retryCount: expected.retryCount,
      lastError: expected.lastError,
      nextRetryAt: expected.nextRetryAt,
      createdAt: expected.createdAt.observe(record.createdAt, `${where}: createdAt`),
      updatedAt: expected.updatedAt.observe(record.updatedAt, `${where}: updatedAt`),
      ttl: expected.ttl.observe(record.ttl, `${where}: ttl (as recorded)`),
    }),
  );
  expectDeeplyFrozen(record, where);
}
