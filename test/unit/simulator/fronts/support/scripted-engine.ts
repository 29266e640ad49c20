/** An engine that answers from a script and records what it was asked: for testing fronts in isolation. */
import type { ItemChangeListener } from '../../../../../adapters/simulator/engine/item-change.js';
import type { SimulatorEngineApi } from '../../../../../adapters/simulator/engine/simulator-engine-api.js';
import type { TableDefinition } from '../../../../../adapters/simulator/engine/table-definition.js';

export interface ScriptedEngine extends SimulatorEngineApi {
  readonly requests: { readonly operation: string; readonly request: unknown }[];
}

export function scriptedEngine(answer: (operation: string, request: unknown) => unknown): ScriptedEngine {
  const requests: { operation: string; request: unknown }[] = [];
  return {
    requests,
    execute(operation, request) {
      requests.push({ operation, request });
      return answer(operation, request);
    },
    onChange: (_listener: ItemChangeListener) => () => undefined,
    sweepExpiredItems: () => 0,
    tableDefinition: (): TableDefinition | undefined => undefined,
  };
}
