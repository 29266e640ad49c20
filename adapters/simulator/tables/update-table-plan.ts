/**
 * What one UpdateTable does, built step by step: the next state of the table, and what the
 * response must show differently from it. DynamoDB's UpdateTable response describes the table in
 * transition: new and deleted indexes with their transitional status, but throughput, billing and
 * table class still at their old values.
 */
import type { IndexDefinition } from '../engine/table-definition.js';
import type { IndexStatusName } from './describe-table-state.js';
import type { TableState } from './table-state.js';

export interface UpdateTablePlan {
  next: TableState;
  readonly indexStatus: Map<string, IndexStatusName>;
  readonly deletingIndexes: IndexDefinition[];
  /** The response shows the old table throughput and billing mode. */
  echoOldThroughput: boolean;
  /** Indexes whose response shows their old throughput. */
  readonly echoOldIndexThroughput: Set<string>;
  echoOldTableClass: boolean;
  echoOldSse: boolean;
  /** Whether the table goes through UPDATING (DynamoDB keeps it ACTIVE for some changes). */
  updating: boolean;
}

export function startPlan(state: TableState): UpdateTablePlan {
  return {
    next: state,
    indexStatus: new Map(),
    deletingIndexes: [],
    echoOldThroughput: false,
    echoOldIndexThroughput: new Set(),
    echoOldTableClass: false,
    echoOldSse: false,
    updating: false,
  };
}

/** The state the UpdateTable response describes. */
export function responseState(old: TableState, plan: UpdateTablePlan): TableState {
  const next = plan.next;
  const oldIndex = (name: string): IndexDefinition | undefined => old.definition.globalIndexes.find((index) => index.name === name);
  const globalIndexes = next.definition.globalIndexes.map((index) => {
    const previous = oldIndex(index.name);
    if (previous === undefined || !(plan.echoOldThroughput || plan.echoOldIndexThroughput.has(index.name))) return index;
    const { provisionedThroughput: _dropped, ...rest } = index;
    return previous.provisionedThroughput === undefined ? rest : { ...rest, provisionedThroughput: previous.provisionedThroughput };
  });
  const { provisionedThroughput: _current, ...definitionRest } = next.definition;
  const definition = {
    ...definitionRest,
    ...(plan.echoOldThroughput
      ? { billingMode: old.definition.billingMode, ...(old.definition.provisionedThroughput === undefined ? {} : { provisionedThroughput: old.definition.provisionedThroughput }) }
      : next.definition.provisionedThroughput === undefined ? {} : { provisionedThroughput: next.definition.provisionedThroughput }),
    globalIndexes,
    tableClass: plan.echoOldTableClass ? old.definition.tableClass : next.definition.tableClass,
    sse: plan.echoOldSse ? old.definition.sse : next.definition.sse,
  };
  const indexThroughput = new Map(next.indexThroughput);
  for (const [name, log] of old.indexThroughput) {
    const current = indexThroughput.get(name);
    // The response reports the old decrease count with the new change times.
    if (current !== undefined) indexThroughput.set(name, { ...current, decreasesToday: log.decreasesToday, decreaseDay: log.decreaseDay });
  }
  const { lastUpdateToPayPerRequestAt: _payPerRequest, tableClassUpdatedAt: _classUpdated, ...stateRest } = next;
  return {
    ...stateRest,
    definition,
    throughput: { ...next.throughput, decreasesToday: old.throughput.decreasesToday, decreaseDay: old.throughput.decreaseDay },
    indexThroughput,
    warm: old.warm,
    ...(plan.echoOldThroughput
      ? old.lastUpdateToPayPerRequestAt === undefined ? {} : { lastUpdateToPayPerRequestAt: old.lastUpdateToPayPerRequestAt }
      : next.lastUpdateToPayPerRequestAt === undefined ? {} : { lastUpdateToPayPerRequestAt: next.lastUpdateToPayPerRequestAt }),
    tableClassShown: plan.echoOldTableClass ? old.tableClassShown : next.tableClassShown,
    ...(plan.echoOldTableClass
      ? old.tableClassUpdatedAt === undefined ? {} : { tableClassUpdatedAt: old.tableClassUpdatedAt }
      : next.tableClassUpdatedAt === undefined ? {} : { tableClassUpdatedAt: next.tableClassUpdatedAt }),
  };
}
