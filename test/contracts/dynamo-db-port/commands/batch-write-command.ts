/**
 * BatchWriteItem over both tables. DynamoDB may legally leave some writes unprocessed; the
 * command re-sends UnprocessedItems until none is left, as every client must, and only then
 * expects all the writes to have landed.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { BatchWriteItemInput } from '../../../../ports/dynamo-db-batch-types.js';
import { backoff } from '../checks/backoff.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { BatchWrite } from '../vocabulary/batch-writes.js';
import { batchWriteRequest, batchWritesArbitrary } from '../vocabulary/batch-writes.js';
import { ContractCommand, describeKey } from './contract-command.js';

function countRequests(requestItems: BatchWriteItemInput['RequestItems'] | undefined): number {
  return Object.values(requestItems ?? {}).reduce((sum, requests) => sum + requests.length, 0);
}

/** Sends a batch and re-sends what comes back unprocessed. */
export async function writeBatchFully({ port, maxBatchResends }: ContractSystem, input: BatchWriteItemInput, what: string): Promise<void> {
  let request = input;
  for (let attempt = 0; ; attempt += 1) {
    const output = await port.batchWriteItem(request);
    const unprocessed = output.UnprocessedItems ?? {};
    const left = countRequests(unprocessed);
    if (left === 0) return;
    expect(left, `${what}: more UnprocessedItems than writes sent`).to.be.at.most(countRequests(request.RequestItems));
    expect(attempt, `${what}: writes still unprocessed after ${maxBatchResends} re-sends`).to.be.below(maxBatchResends);
    request = { RequestItems: unprocessed };
    await backoff(attempt);
  }
}

export class BatchWriteCommand extends ContractCommand {
  constructor(readonly writes: readonly BatchWrite[]) {
    super();
  }

  async run(model: ContractModel, system: ContractSystem): Promise<void> {
    await writeBatchFully(system, batchWriteRequest(this.writes, system.tables), this.toString());
    for (const write of this.writes) {
      if (write.kind === 'put') model.put(write.role, write.item);
      else model.delete(write.role, write.key);
    }
  }

  toString(): string {
    return `BatchWriteItem [${this.writes.map((write) => (write.kind === 'put' ? `put ${write.role} ${fc.stringify(write.item)}` : `delete ${describeKey(write.role, write.key)}`)).join(', ')}]`;
  }
}

export const batchWriteCommandArbitrary: fc.Arbitrary<ContractCommand> = batchWritesArbitrary.map((writes) => new BatchWriteCommand(writes));
