/**
 * The suite's hold on the DynamoDB requests of the store under test. The factory builds its store
 * over `wrapPort(port)`; through that decorator the suite can
 * - schedule: with an fc.scheduler set, every request waits until the scheduler releases it, and
 *   the scheduler waits for its answer before releasing another. So the order in which concurrent
 *   callers' requests reach DynamoDB is exactly what fast-check chose (and shrinks, and replays),
 *   on any adapter, also on a real endpoint.
 * - make writes ambiguous: the next n write requests are applied and then reported as timeouts,
 *   as a lost answer would be; the store cannot tell whether they landed.
 */
import type fc from 'fast-check';
import { DynamoDbError } from '../../../ports/dynamo-db-error.js';
import type { InputOf, OperationName, OutputOf } from '../../../ports/dynamo-db-operations.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../../ports/dynamo-db-port.js';

const WRITES: ReadonlySet<OperationName> = new Set<OperationName>(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);

export interface PortControl {
  /** For the factory: the port its store must send every request through. */
  readonly wrapPort: (port: DynamoDbPort) => DynamoDbPort;
  /** Whether the factory called wrapPort. */
  readonly used: () => boolean;
  /** Schedules every request through `scheduler` until called again with undefined. */
  schedule(scheduler: fc.Scheduler | undefined): void;
  /** The next `count` write requests are applied, then answered with a timeout. */
  timeoutAfterCommit(count: number): void;
  /** Forgets timeouts not used yet; returns how many timeouts were thrown since arming. */
  disarm(): number;
}

export function ambiguousTimeout(operation: string): DynamoDbError {
  return new DynamoDbError({ kind: 'service', reason: 'Timeout', errorName: 'TimeoutError', message: `${operation} timed out (the contract suite dropped the answer after the request was applied)`, retryable: true, operation });
}

function tablesOf(input: unknown): string {
  const request = input as { TableName?: unknown; TransactItems?: readonly Record<string, { TableName?: unknown } | undefined>[] };
  if (typeof request.TableName === 'string') return request.TableName;
  const names = (request.TransactItems ?? []).flatMap((action) => Object.values(action).map((part) => String(part?.TableName)));
  return [...new Set(names)].join(',');
}

export function createPortControl(): PortControl {
  let used = false;
  let scheduler: fc.Scheduler | undefined;
  let timeouts = 0;
  let thrown = 0;

  const wrapPort = (inner: DynamoDbPort): DynamoDbPort => {
    used = true;
    const deliver = async <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
      if (timeouts === 0 || !WRITES.has(operation)) return inner.send(operation, input);
      timeouts -= 1;
      thrown += 1;
      // Applied (whatever its outcome), but the caller only learns that no answer came.
      await inner.send(operation, input).catch(() => undefined);
      throw ambiguousTimeout(operation);
    };
    const send = <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
      const current = scheduler;
      if (current === undefined) return deliver(operation, input);
      // Released by the scheduler; the release is over only once the answer is in (the scheduler
      // calls the act after this function has returned, so `answered` is set by then).
      const released = current.schedule(Promise.resolve(), `${operation} ${tablesOf(input)}`, undefined, async (release) => {
        await release();
        await answered.then(
          () => undefined,
          () => undefined,
        );
      });
      const answered = released.then(() => deliver(operation, input));
      return answered;
    };
    return createDynamoDbPort(send);
  };

  return {
    wrapPort,
    used: () => used,
    schedule: (next) => {
      scheduler = next;
    },
    timeoutAfterCommit: (count) => {
      timeouts = count;
      thrown = 0;
    },
    disarm: () => {
      timeouts = 0;
      return thrown;
    },
  };
}

/** Runs concurrent tasks under the scheduler until all have settled. */
export async function settleScheduled<T>(scheduler: fc.Scheduler, tasks: readonly Promise<T>[]): Promise<PromiseSettledResult<T>[]> {
  return scheduler.waitFor(Promise.allSettled(tasks));
}
