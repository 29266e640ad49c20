/**
 * Turns a fault that fired into what happens to the call. Every random choice is made here,
 * synchronously and in call order, so that a seed replays the same faults even when injected
 * latency lets later calls overtake earlier ones; `run` then only applies the choices.
 */
import type { Fault } from './fault-rule.js';
import { isWireObject, type FaultTarget, type PreparedFault } from './fault-target.js';
import { holdBackBatch } from './hold-back-batch.js';
import {
  CommittedThenTimedOut,
  internalServerError,
  serviceUnavailableError,
  throttlingError,
  transactionConflictCancellation,
  transactionConflictError,
} from './injected-errors.js';

const SINGLE_WRITES: ReadonlySet<string> = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);
const TRANSACTIONS: ReadonlySet<string> = new Set(['TransactWriteItems', 'TransactGetItems']);
const BATCHES: ReadonlySet<string> = new Set(['BatchWriteItem', 'BatchGetItem']);

/** Whether a fault of this kind means anything for the operation (reads never conflict, say). */
export function faultApplies(fault: Fault, operation: string): boolean {
  if (fault.kind === 'unprocessed') return BATCHES.has(operation);
  if (fault.kind === 'transaction-conflict') return SINGLE_WRITES.has(operation) || TRANSACTIONS.has(operation);
  return true;
}

function failing(error: Error, detail: string): PreparedFault {
  return { detail, run: () => { throw error; } };
}

/** A single write meets TransactionConflictException; a transaction is canceled on one of its actions. */
function conflict(target: FaultTarget): PreparedFault | undefined {
  if (SINGLE_WRITES.has(target.operation)) return failing(transactionConflictError(), 'TransactionConflictException');
  const actions = isWireObject(target.request) ? target.request['TransactItems'] : undefined;
  if (!Array.isArray(actions)) return undefined;
  const candidates: number[] = [];
  (actions as unknown[]).forEach((action, index) => {
    const body = isWireObject(action) ? Object.values(action).find(isWireObject) : undefined;
    const table = body?.['TableName'];
    if (target.tables === undefined || (typeof table === 'string' && target.tables.has(table))) candidates.push(index);
  });
  if (candidates.length === 0) return undefined;
  const conflicting = candidates[target.random.below(candidates.length)] as number;
  return failing(transactionConflictCancellation(actions.length, new Set([conflicting])), `TransactionCanceledException (TransactionConflict on action ${conflicting})`);
}

function timeoutAfterCommit(target: FaultTarget): PreparedFault {
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
      return holdBackBatch(target, fault.fraction ?? 0.5);
    case 'transaction-conflict':
      return conflict(target);
    case 'timeout-after-commit':
      return timeoutAfterCommit(target);
    case 'latency':
      return { detail: `${fault.ms} ms`, run: (execute) => execute(target.operation, target.request) };
  }
}
