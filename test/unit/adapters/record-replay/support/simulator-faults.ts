/** The scenario's faults on a simulator. */
import type { Simulator } from '../../../../../adapters/simulator/create-simulator.js';
import type { ScenarioFaults } from './scenario.js';

export function simulatorFaults(simulator: Simulator): ScenarioFaults {
  return {
    unprocessed: (operation) => {
      simulator.faults.inject({ operation, fault: { kind: 'unprocessed', fraction: 0.5 } });
    },
    throttle: (operation) => {
      simulator.faults.inject({ operation, fault: { kind: 'throttling' }, times: 1 });
    },
    clear: () => {
      simulator.faults.clear();
    },
  };
}
