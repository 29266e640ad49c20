/**
 * Binds the DynamoDB port to the in-memory simulator. Part of the composition root. Either a new
 * simulator from the options (its clock is the container's clock), or one the caller made, so that
 * a test can bind the port and still reach the simulator's faults, clock and streams.
 */
import { createSimulator, type Simulator } from '../../adapters/simulator/create-simulator.js';
import type { Clock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';

export interface SimulatorStorageSettings {
  readonly clock?: Clock | undefined;
  /** Seed of everything random in the simulator (faults, stream event ids). */
  readonly seed?: number | string | undefined;
  readonly region?: string | undefined;
  readonly accountId?: string | undefined;
  readonly wrapNumbers?: boolean | undefined;
  readonly ttlSweep?: 'manual' | { readonly intervalMs: number } | undefined;
  /** A simulator to bind instead of a new one; the other settings are then not used. */
  readonly simulator?: { readonly port: DynamoDbPort } | undefined;
}

export function createSimulatorStorage(settings: SimulatorStorageSettings = {}): DynamoDbPort {
  if (settings.simulator !== undefined) return settings.simulator.port;
  return createSimulatorInstance(settings).port;
}

/** A new simulator from the settings, for the container to bind with its port. */
export function createSimulatorInstance(settings: Omit<SimulatorStorageSettings, 'simulator'>): Simulator {
  return createSimulator({
    clock: settings.clock,
    seed: settings.seed,
    region: settings.region,
    accountId: settings.accountId,
    wrapNumbers: settings.wrapNumbers,
    ttlSweep: settings.ttlSweep,
  });
}
