/**
 * Turns a fault that fired into what happens to the call. Every random choice is made here,
 * synchronously and in call order, so that a seed replays the same faults even when injected
 * latency lets later calls overtake earlier ones; `run` then only applies the choices.
 */
import type { Fault } from './fault-rule.js';
import {
  CommittedThenTimedOut,
  internalServerError,
  serviceUnavailableError,
  throttlingError,
  transactionConflictCancellation,
  transactionConflictError,
} from './injected-errors.js';
import type { SeededRandom } from './seeded-random.js';

export type Execute = (operation: string, request: unknown) => unknown;

export interface PreparedFault {
  /** What the log says about this call. */
  readonly detail: string;
  /** Produces the call's answer (or throws its error) in place of a plain execution. */
  run(execute: Execute): unknown;
}

export interface FaultTarget {
  readonly operation: string;
  readonly request: unknown;
  /** The rule's table filter: only actions on these tables are picked for partial faults. */
  readonly tables: ReadonlySet<string> | undefined;
  readonly random: SeededRandom;
}

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SINGLE_WRITES: ReadonlySet<string> = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);
const TRANSACTIONS: ReadonlySet<string> = new Set(['TransactWriteItems', 'TransactGetItems']);
const BATCHES: ReadonlySet<string> = new Set(['BatchWriteItem', 'BatchGetItem']);

/** Whether a fault of this kind means anything for the operation. */
export function faultApplies(fault: Fault, operation: string): boolean {
  if (fault.kind === 'unprocessed') return BATCHES.has(operation);
  if (fault.kind === 'transaction-conflict') return SINGLE_WRITES.has(operation) || TRANSACTIONS.has(operation);
  return true;
}

function failing(error: Error, detail: string): PreparedFault {
  return { detail, run: () => { throw error; } };
}

interface BatchEntry {
  readonly table: string;
  readonly index: number;
}

/** The entries to hold back: each candidate with probability `fraction`, at least one, never all of several. */
function chooseHeld(entries: readonly BatchEntry[], target: FaultTarget, fraction: number): Set<BatchEntry> {
  const candidates = entries.filter((entry) => target.tables === undefined || target.tables.has(entry.table));
  const held = new Set<BatchEntry>();
  if (candidates.length === 0) return held;
  for (const entry of candidates) if (target.random.next() < fraction) held.add(entry);
  if (held.size === 0) held.add(candidates[target.random.below(candidates.length)] as BatchEntry);
  if (held.size === entries.length && entries.length > 1) {
    const heldList = [...held];
    held.delete(heldList[target.random.below(heldList.length)] as BatchEntry);
  }
  return held;
}

/** Batch requests by table: BatchWriteItem's lists, BatchGetItem's `Keys` lists. */
function batchLists(operation: string, requestItems: Record_): Map<string, unknown[]> | undefined {
  const lists = new Map<string, unknown[]>();
  for (const [table, value] of Object.entries(requestItems)) {
    const list = operation === 'BatchWriteItem' ? value : isRecord(value) ? value['Keys'] : undefined;
    if (!Array.isArray(list)) return undefined;
    lists.set(table, list as unknown[]);
  }
  return lists;
}

function prepareUnprocessed(target: FaultTarget, fraction: number): PreparedFault | undefined {
  const request = target.request;
  if (!isRecord(request) || !isRecord(request['RequestItems'])) return undefined;
  const requestItems = request['RequestItems'];
  const lists = batchLists(target.operation, requestItems);
  if (lists === undefined) return undefined;
  const entries: BatchEntry[] = [];
  for (const [table, list] of lists) for (let index = 0; index < list.length; index += 1) entries.push({ table, index });
  const held = chooseHeld(entries, target, fraction);
  if (held.size === 0) return undefined;
  const heldIndexes = new Map<string, Set<number>>();
  for (const entry of held) {
    const indexes = heldIndexes.get(entry.table) ?? new Set<number>();
    indexes.add(entry.index);
    heldIndexes.set(entry.table, indexes);
  }
  const kept: Record_ = {};
  const unprocessed: Record_ = {};
  for (const [table, list] of lists) {
    const indexes = heldIndexes.get(table);
    const keep = indexes === undefined ? list : list.filter((_, index) => !indexes.has(index));
    const hold = indexes === undefined ? [] : list.filter((_, index) => indexes.has(index));
    const original = requestItems[table];
    if (target.operation === 'BatchWriteItem') {
      if (keep.length > 0) kept[table] = keep;
      if (hold.length > 0) unprocessed[table] = hold;
    } else {
      if (keep.length > 0) kept[table] = { ...(original as Record_), Keys: keep };
      if (hold.length > 0) unprocessed[table] = { ...(original as Record_), Keys: hold };
    }
  }
  const resultField = target.operation === 'BatchWriteItem' ? 'UnprocessedItems' : 'UnprocessedKeys';
  return {
    detail: `${held.size} of ${entries.length} requests returned as ${resultField}`,
    run(execute) {
      const response: Record_ = Object.keys(kept).length > 0 ? (execute(target.operation, { ...request, RequestItems: kept }) as Record_) : {};
      const merged: Record_ = isRecord(response[resultField]) ? { ...response[resultField] } : {};
      for (const [table, value] of Object.entries(unprocessed)) {
        const existing = merged[table];
        if (target.operation === 'BatchWriteItem') merged[table] = [...(Array.isArray(existing) ? (existing as unknown[]) : []), ...(value as unknown[])];
        else merged[table] = isRecord(existing) && Array.isArray(existing['Keys']) ? { ...value as Record_, Keys: [...(existing['Keys'] as unknown[]), ...((value as Record_)['Keys'] as unknown[])] } : value;
      }
      if (target.operation === 'BatchGetItem') {
        const responses: Record_ = isRecord(response['Responses']) ? { ...response['Responses'] } : {};
        for (const table of lists.keys()) responses[table] ??= [];
        return { ...response, Responses: responses, [resultField]: merged };
      }
      return { ...response, [resultField]: merged };
    },
  };
}

function prepareConflict(target: FaultTarget): PreparedFault | undefined {
  if (SINGLE_WRITES.has(target.operation)) return failing(transactionConflictError(), 'TransactionConflictException');
  const request = target.request;
  if (!isRecord(request) || !Array.isArray(request['TransactItems'])) return undefined;
  const actions = request['TransactItems'] as unknown[];
  const candidates: number[] = [];
  actions.forEach((action, index) => {
    const body = isRecord(action) ? Object.values(action).find(isRecord) : undefined;
    const table = body?.['TableName'];
    if (target.tables === undefined || (typeof table === 'string' && target.tables.has(table))) candidates.push(index);
  });
  if (candidates.length === 0) return undefined;
  const conflicting = candidates[target.random.below(candidates.length)] as number;
  return failing(transactionConflictCancellation(actions.length, new Set([conflicting])), `TransactionCanceledException (TransactionConflict on action ${conflicting})`);
}

/** What the fault does to this call, or undefined when it cannot apply to this request. */
export function prepareFault(fault: Fault, target: FaultTarget): PreparedFault | undefined {
  switch (fault.kind) {
    case 'throttling': {
      const errorName = fault.errorName ?? 'ThrottlingException';
      return failing(throttlingError(errorName), errorName);
    }
    case 'internal-error':
      return failing(internalServerError(), 'InternalServerError');
    case 'service-unavailable':
      return failing(serviceUnavailableError(), 'ServiceUnavailable');
    case 'unprocessed':
      return prepareUnprocessed(target, fault.fraction ?? 0.5);
    case 'transaction-conflict':
      return prepareConflict(target);
    case 'timeout-after-commit':
      return {
        detail: 'applied, then timed out',
        run(execute) {
          try {
            execute(target.operation, target.request);
          } catch {
            // The caller sees the timeout whatever the outcome was: the answer is what got lost.
          }
          throw new CommittedThenTimedOut(target.operation);
        },
      };
    case 'latency':
      return { detail: `${fault.ms} ms`, run: (execute) => execute(target.operation, target.request) };
  }
}
