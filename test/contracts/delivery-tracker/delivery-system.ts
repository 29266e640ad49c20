/** What the delivery tracker's commands run against, and the keys and contents they pick. */
import type fc from 'fast-check';
import type { DeliveryTracker } from '../../../ports/delivery-tracker.js';
import type { PortControl } from '../shared/port-control.js';
import { TIME_STEP_MS } from '../shared/time-bound.js';
import type { DeliveryContent, DeliveryModel } from './delivery-model.js';
import { EVENT_TIME_BASE_MS } from './delivery-model.js';
import type { DeliveryTrackerContractCapabilities, DeliveryTrackerUnderTest } from './delivery-tracker-under-test.js';

export interface DeliverySystem {
  tracker: DeliveryTracker;
  readonly subject: DeliveryTrackerUnderTest;
  readonly control: PortControl;
  readonly capabilities: DeliveryTrackerContractCapabilities;
}

export type DeliveryCommand = fc.AsyncCommand<DeliveryModel, DeliverySystem>;

/** A record's key by indexes; the time may be written with a zone offset (the same instant). */
export interface KeyChoice {
  readonly user: number;
  readonly event: number;
  readonly time: number;
  readonly withZoneOffset: boolean;
}

export function eventTime(time: number): string {
  return new Date(EVENT_TIME_BASE_MS + time * 2 * TIME_STEP_MS).toISOString();
}

/** An instant as the caller may write it: in UTC, or the same instant in UTC+02:00. */
export function written(iso: string, withZoneOffset: boolean): string {
  return withZoneOffset ? `${new Date(Date.parse(iso) + 7_200_000).toISOString().slice(0, -1)}+02:00` : iso;
}

export function resolveKey(model: DeliveryModel, key: KeyChoice): { readonly userId: string; readonly eventId: string; readonly timestamp: string; readonly written: string } {
  const timestamp = eventTime(key.time);
  return { userId: model.user(key.user), eventId: model.eventId(key.event), timestamp, written: written(timestamp, key.withZoneOffset) };
}

export function describeKey(key: KeyChoice): string {
  return `user ${key.user}, event ${key.event} at t${key.time}${key.withZoneOffset ? ' (+02:00)' : ''}`;
}

export function describeContent(content: DeliveryContent): string {
  return `${content.eventType} ${JSON.stringify(content.payload)}`;
}
