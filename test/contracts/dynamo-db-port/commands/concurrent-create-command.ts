/**
 * Several PutItems of one key at once, each on condition that the item does not exist: exactly
 * one wins when the item is new (none when it exists), the others fail their condition, and the
 * winner's item is what is stored. Conditional writes are atomic; this is what makes them a lock.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { Item } from '../../../../ports/document-value.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { TableRole } from '../contract-tables.js';
import { KEY_ATTRIBUTES, keyOf } from '../contract-tables.js';
import { tableItemArbitrary } from '../vocabulary/contract-items.js';
import { ContractCommand, describeKey } from './contract-command.js';

/** Fulfilled indexes; every rejection must be a failed condition. */
export function winnersOf(outcomes: readonly PromiseSettledResult<unknown>[], what: string): number[] {
  const winners: number[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') winners.push(index);
    else expect(DynamoDbError.isConditionFailed(outcome.reason), `${what}: writer ${index} failed otherwise than by its condition: ${String(outcome.reason)}`).to.equal(true);
  });
  return winners;
}

export class ConcurrentCreateCommand extends ContractCommand {
  constructor(
    readonly role: TableRole,
    readonly base: Item,
    readonly writers: number,
  ) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const partitionKey = KEY_ATTRIBUTES[this.role][0] ?? '';
    const items = Array.from({ length: this.writers }, (_, writer): Item => ({ ...this.base, doc: writer }));
    const outcomes = await Promise.allSettled(items.map((Item) => port.putItem({
      TableName: tables[this.role],
      Item,
      ConditionExpression: 'attribute_not_exists(#k)',
      ExpressionAttributeNames: { '#k': partitionKey },
    })));
    const winners = winnersOf(outcomes, this.toString());
    const existed = model.get(this.role, keyOf(this.role, this.base)) !== undefined;
    expect(winners, `${this.toString()}: writers that succeeded`).to.have.length(existed ? 0 : 1);
    const winner = winners[0] === undefined ? undefined : items[winners[0]];
    if (winner !== undefined) model.put(this.role, winner);
  }

  toString(): string {
    return `${this.writers} concurrent PutItems of ${describeKey(this.role, keyOf(this.role, this.base))} if absent`;
  }
}

export const concurrentCreateCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(tableItemArbitrary, fc.integer({ min: 2, max: 5 }))
  .map(([{ role, item }, writers]) => new ConcurrentCreateCommand(role, item, writers));
