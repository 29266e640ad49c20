/** What every part of the demonstration gets: the container's services and a way to report. */
import type { Container } from 'inversify';
import type { ManualClock } from '../../../adapters/simulator/manual-clock.js';

export interface DemoContext {
  readonly container: Container;
  /** The container's clock: the demonstration moves time to show TTL expiry. */
  readonly clock: ManualClock;
  /** Present on the embedded simulator, which can run DynamoDB's TTL sweep on demand. */
  readonly sweepExpiredItems: (() => number) | undefined;
  readonly say: (line: string) => void;
}

export const DAY_MS = 86_400_000;
