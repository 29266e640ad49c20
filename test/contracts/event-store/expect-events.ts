/** Comparing what the store returns with the model, learning assigned ids and times on the way. */
import { expect } from 'chai';
import type { Snapshot, StoredEvent } from '../../../domain/events/stored-event.js';
import { expectDeeplyFrozen } from '../shared/expect-deeply-frozen.js';
import type { ModelEvent, ModelSnapshot } from './event-store-model.js';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

export function describeEvent(event: { readonly entityId: string; readonly sequenceNumber: number }): string {
  return `${event.entityId}#${event.sequenceNumber}`;
}

export function expectEvent(actual: StoredEvent, expected: ModelEvent, what: string): void {
  const where = `${what}: event ${describeEvent(expected)}`;
  expect(actual.eventTime, `${where} eventTime`).to.match(ISO);
  expect(actual, where).to.deep.equal({
    eventId: expected.eventId.observe(actual.eventId, `${where} eventId (as first seen)`),
    entityId: expected.entityId,
    sequenceNumber: expected.sequenceNumber,
    aggregateType: expected.aggregateType,
    eventType: expected.eventType,
    eventTime: expected.eventTime.observe(actual.eventTime, `${where} eventTime (as appended)`),
    eventData: expected.eventData,
    // The suite's event types have no upcasters: they are read at schema version 1.
    version: 1,
    userId: expected.userId,
    correlationId: expected.correlationId,
  });
  expectDeeplyFrozen(actual, where);
}

/** The same events in the same order. */
export function expectEvents(actual: readonly StoredEvent[], expected: readonly ModelEvent[], what: string): void {
  expect(actual.map(describeEvent), `${what}: the events`).to.deep.equal(expected.map(describeEvent));
  actual.forEach((event, index) => {
    expectEvent(event, expected[index] as ModelEvent, what);
  });
}

function inTimeOrder(left: StoredEvent, right: StoredEvent): boolean {
  if (left.eventTime !== right.eventTime) return left.eventTime < right.eventTime;
  if (left.entityId !== right.entityId) return left.entityId < right.entityId;
  return left.sequenceNumber < right.sequenceNumber;
}

/**
 * The same events, ordered by (eventTime, entityId, sequenceNumber) as index reads promise. The
 * order is checked on the returned times, which every event's own time must match.
 */
export function expectEventsByTime(actual: readonly StoredEvent[], expected: readonly ModelEvent[], what: string): void {
  const byKey = new Map(expected.map((event) => [describeEvent(event), event]));
  expect(actual.map(describeEvent).sort(), `${what}: the events`).to.deep.equal([...byKey.keys()].sort());
  for (const event of actual) expectEvent(event, byKey.get(describeEvent(event)) as ModelEvent, what);
  for (let index = 1; index < actual.length; index++) {
    const [previous, next] = [actual[index - 1] as StoredEvent, actual[index] as StoredEvent];
    expect(inTimeOrder(previous, next), `${what}: ${describeEvent(previous)} (${previous.eventTime}) comes before ${describeEvent(next)} (${next.eventTime})`).to.equal(true);
  }
}

export function expectSnapshot(actual: Snapshot | null, expected: ModelSnapshot | undefined, what: string): void {
  if (expected === undefined) {
    expect(actual, `${what}: no snapshot`).to.equal(null);
    return;
  }
  expect(actual, `${what}: a snapshot`).to.not.equal(null);
  const snapshot = actual as Snapshot;
  expect(snapshot.snapshotTime, `${what}: snapshotTime`).to.match(ISO);
  expect(snapshot, what).to.deep.equal({
    entityId: expected.entityId,
    version: expected.version,
    aggregateType: expected.aggregateType,
    snapshotData: expected.snapshotData,
    snapshotTime: expected.snapshotTime.observe(snapshot.snapshotTime, `${what}: snapshotTime (as created)`),
    eventSequenceNumber: expected.eventSequenceNumber,
  });
  expectDeeplyFrozen(snapshot, what);
}
