/** The simulator the fronts' tests run on. */
import { systemClock } from '../../../../../ports/clock.js';
import { assembleSimulator, type Simulator } from '../../../../../adapters/simulator/assemble-simulator.js';
import type { SimulatorOptions } from '../../../../../adapters/simulator/simulator-options.js';
import { FakeEngine } from './fake-engine.js';

export function testSimulator(options: SimulatorOptions = {}): Simulator {
  return assembleSimulator(new FakeEngine(options.clock ?? systemClock), options);
}
