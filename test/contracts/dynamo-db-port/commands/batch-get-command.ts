/**
 * BatchGetItem over both tables, strongly consistent. Responses come in no defined order and
 * UnprocessedKeys may legally appear: the command re-sends them until none is left.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { Item, Key } from '../../../../ports/document-value.js';
import type { BatchGetItemInput, KeysAndAttributes } from '../../../../ports/dynamo-db-batch-types.js';
import { backoff } from '../checks/backoff.js';
import { expectSameItems } from '../checks/expect-same-items.js';
import { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import { TABLE_ROLES } from '../contract-tables.js';
import type { TableKey } from '../vocabulary/contract-items.js';
import { tableKeyArbitrary } from '../vocabulary/contract-items.js';
import { ContractCommand, describeKey } from './contract-command.js';

function countKeys(requestItems: BatchGetItemInput['RequestItems'] | undefined): number {
  return Object.values(requestItems ?? {}).reduce((sum, request) => sum + request.Keys.length, 0);
}

export class BatchGetCommand extends ContractCommand {
  constructor(readonly keys: readonly TableKey[]) {
    super();
  }

  async run(model: ContractModel, { port, tables, maxBatchResends }: ContractSystem): Promise<void> {
    const keysByTable = new Map<string, Key[]>();
    for (const { role, key } of this.keys) keysByTable.set(tables[role], [...(keysByTable.get(tables[role]) ?? []), key]);
    const requestItems: Record<string, KeysAndAttributes> = Object.fromEntries([...keysByTable].map(([table, Keys]) => [table, { Keys, ConsistentRead: true }]));
    const received = new Map<string, Item[]>();
    let request: BatchGetItemInput = { RequestItems: requestItems };
    for (let attempt = 0; ; attempt += 1) {
      const output = await port.batchGetItem(request);
      for (const [table, items] of Object.entries(output.Responses ?? {})) received.set(table, [...(received.get(table) ?? []), ...items]);
      const left = countKeys(output.UnprocessedKeys);
      if (left === 0) break;
      expect(attempt, `${this.toString()}: keys still unprocessed after ${maxBatchResends} re-sends`).to.be.below(maxBatchResends);
      request = { RequestItems: output.UnprocessedKeys ?? {} };
      await backoff(attempt);
    }
    for (const role of TABLE_ROLES) {
      const expected = this.keys.filter((entry) => entry.role === role).flatMap(({ key }) => model.get(role, key) ?? []);
      expectSameItems(received.get(tables[role]) ?? [], expected, `${this.toString()}: items of ${role}`);
    }
  }

  toString(): string {
    return `BatchGetItem [${this.keys.map(({ role, key }) => describeKey(role, key)).join(', ')}]`;
  }
}

export const batchGetCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .uniqueArray(tableKeyArbitrary, { minLength: 1, maxLength: 10, selector: ({ role, key }) => `${role}:${ContractModel.keyString(role, key)}` })
  .map((keys) => new BatchGetCommand(keys));
