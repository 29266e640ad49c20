/** Builds the in-memory simulator for `storage: 'simulator'`, on the container's clock. Part of the composition root. */
import { createSimulator, type Simulator } from '../../adapters/simulator/create-simulator.js';
import type { Clock } from '../../ports/clock.js';
import type { SimulatorStorageOptions } from '../container-options.js';

export function createSimulatorStorage(options: SimulatorStorageOptions, clock: Clock): Simulator {
  const { seed, region, accountId, wrapNumbers, ttlSweep } = options;
  return createSimulator({ clock, seed, region, accountId, wrapNumbers, ttlSweep });
}
