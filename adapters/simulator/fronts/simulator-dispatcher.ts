/**
 * What sits between the fronts and the engine: routes DynamoDB operations to the engine and
 * DynamoDB Streams operations to the streams service, keeps the streams in step with table
 * operations, and lets fault injection intervene. Answers synchronously while no fault rule
 * exists (the fast path), with a promise otherwise.
 */
import type { SimulatorEngineApi } from '../engine/simulator-engine-api.js';
import type { FaultInjector } from '../faults/fault-injector.js';
import type { StreamStore } from '../streams/stream-store.js';
import { STREAMS_OPERATIONS, type StreamsService } from '../streams/streams-service.js';

export interface SimulatorDispatcher {
  /** The wire-form response, or a promise of it when fault rules are active. Throws SimulatorError. */
  invoke(operation: string, request: unknown): unknown;
}

/** Table operations after which a table's stream may have appeared, changed or gone. */
const STREAM_SHAPING_OPERATIONS: ReadonlySet<string> = new Set(['CreateTable', 'UpdateTable', 'DeleteTable']);

export interface DispatcherParts {
  readonly engine: SimulatorEngineApi;
  readonly streams: StreamStore;
  readonly streamsService: StreamsService;
  readonly faults: FaultInjector;
}

export function createSimulatorDispatcher(parts: DispatcherParts): SimulatorDispatcher {
  const { engine, streams, streamsService, faults } = parts;
  const execute = (operation: string, request: unknown): unknown => {
    if (STREAMS_OPERATIONS.has(operation)) return streamsService.execute(operation, request);
    const response = engine.execute(operation, request);
    if (STREAM_SHAPING_OPERATIONS.has(operation)) {
      const tableName = (request as { readonly TableName?: unknown }).TableName;
      // A deleted table's stream is disabled at once, even while the table is still DELETING.
      if (typeof tableName === 'string') streams.syncTable(tableName, operation === 'DeleteTable' ? undefined : engine.tableDefinition(tableName));
    }
    return response;
  };
  return {
    invoke: (operation, request) => (faults.active ? faults.run(operation, request, execute) : execute(operation, request)),
  };
}
