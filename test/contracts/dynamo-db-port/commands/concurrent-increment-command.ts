/**
 * Several `ADD n 1` of one item at once, each returning UPDATED_NEW: no increment is lost, and
 * each caller sees a different count, as if the updates ran one after another.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { Key } from '../../../../ports/document-value.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { TableRole } from '../contract-tables.js';
import { tableKeyArbitrary } from '../vocabulary/contract-items.js';
import { ContractCommand, describeKey } from './contract-command.js';

export class ConcurrentIncrementCommand extends ContractCommand {
  constructor(
    readonly role: TableRole,
    readonly key: Key,
    readonly writers: number,
  ) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const outputs = await Promise.all(Array.from({ length: this.writers }, () => port.updateItem({
      TableName: tables[this.role],
      Key: this.key,
      UpdateExpression: 'ADD #n :one',
      ExpressionAttributeNames: { '#n': 'n' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    })));
    const old = model.get(this.role, this.key);
    const start = typeof old?.['n'] === 'number' ? old['n'] : 0;
    const seen = outputs.map((output) => Number(output.Attributes?.['n'])).sort((a, b) => a - b);
    expect(seen, `${this.toString()}: the counts the callers saw`).to.deep.equal(Array.from({ length: this.writers }, (_, index) => start + index + 1));
    model.put(this.role, { ...(old ?? this.key), n: start + this.writers });
  }

  toString(): string {
    return `${this.writers} concurrent UpdateItems ADD n 1 of ${describeKey(this.role, this.key)}`;
  }
}

export const concurrentIncrementCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(tableKeyArbitrary, fc.integer({ min: 2, max: 5 }))
  .map(([{ role, key }, writers]) => new ConcurrentIncrementCommand(role, key, writers));
