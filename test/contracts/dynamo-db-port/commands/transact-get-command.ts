/** TransactGetItems: one response per key in request order, without Item for a missing item. */
import { expect } from 'chai';
import fc from 'fast-check';
import { expectSameItem } from '../checks/expect-same-items.js';
import { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { TableKey } from '../vocabulary/contract-items.js';
import { tableKeyArbitrary } from '../vocabulary/contract-items.js';
import { ContractCommand, describeKey } from './contract-command.js';

export class TransactGetCommand extends ContractCommand {
  constructor(readonly keys: readonly TableKey[]) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const output = await port.transactGetItems({ TransactItems: this.keys.map(({ role, key }) => ({ Get: { TableName: tables[role], Key: key } })) });
    const responses = output.Responses ?? [];
    expect(responses, `${this.toString()}: one response per key`).to.have.length(this.keys.length);
    this.keys.forEach(({ role, key }, index) => {
      expectSameItem(responses[index]?.Item, model.get(role, key), `${this.toString()}: response ${index}`);
    });
  }

  toString(): string {
    return `TransactGetItems [${this.keys.map(({ role, key }) => describeKey(role, key)).join(', ')}]`;
  }
}

export const transactGetCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .uniqueArray(tableKeyArbitrary, { minLength: 1, maxLength: 4, selector: ({ role, key }) => `${role}:${ContractModel.keyString(role, key)}` })
  .map((keys) => new TransactGetCommand(keys));
