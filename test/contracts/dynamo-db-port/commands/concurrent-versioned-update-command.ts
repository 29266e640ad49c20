/**
 * Optimistic locking: several writers read the same version and each updates on condition that
 * the version is still the one it read. Exactly one wins; the others fail their condition; the
 * stored item is the winner's.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { Key } from '../../../../ports/document-value.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { TableRole } from '../contract-tables.js';
import { tableKeyArbitrary } from '../vocabulary/contract-items.js';
import { ContractCommand, describeKey } from './contract-command.js';
import { winnersOf } from './concurrent-create-command.js';

export class ConcurrentVersionedUpdateCommand extends ContractCommand {
  constructor(
    readonly role: TableRole,
    readonly key: Key,
    readonly writers: number,
  ) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const old = model.get(this.role, this.key);
    const version = old?.['v'];
    const next = typeof version === 'number' ? version + 1 : 0;
    const condition = typeof version === 'number'
      ? { ConditionExpression: '#v = :read', ExpressionAttributeValues: { ':read': version } }
      : { ConditionExpression: 'attribute_not_exists(#v)', ExpressionAttributeValues: {} };
    const outcomes = await Promise.allSettled(Array.from({ length: this.writers }, (_, writer) => port.updateItem({
      TableName: tables[this.role],
      Key: this.key,
      UpdateExpression: 'SET #v = :next, #doc = :writer',
      ConditionExpression: condition.ConditionExpression,
      ExpressionAttributeNames: { '#v': 'v', '#doc': 'doc' },
      ExpressionAttributeValues: { ...condition.ExpressionAttributeValues, ':next': next, ':writer': writer },
    })));
    const winners = winnersOf(outcomes, this.toString());
    expect(winners, `${this.toString()}: writers that succeeded`).to.have.length(1);
    model.put(this.role, { ...(old ?? this.key), v: next, doc: winners[0] ?? -1 });
  }

  toString(): string {
    return `${this.writers} concurrent UpdateItems of ${describeKey(this.role, this.key)} if v is still the version read`;
  }
}

export const concurrentVersionedUpdateCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(tableKeyArbitrary, fc.integer({ min: 2, max: 5 }))
  .map(([{ role, key }, writers]) => new ConcurrentVersionedUpdateCommand(role, key, writers));
