/**
 * ClientRequestToken misuse: the token of a successful transaction with a different request is
 * IdempotentParameterMismatchException, and the different request is not applied. The request
 * is a Put whose condition (exists or not) always holds, so that only the token can stop it and
 * it never equals a request the vocabulary generates.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { expectDynamoDbError } from '../checks/expect-dynamo-db-error.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import { KEY_ATTRIBUTES, keyOf } from '../contract-tables.js';
import type { TableItem } from '../vocabulary/contract-items.js';
import { tableItemArbitrary } from '../vocabulary/contract-items.js';
import { ContractCommand, describeKey } from './contract-command.js';

export class ReuseTokenCommand extends ContractCommand {
  constructor(
    readonly pick: number,
    readonly put: TableItem,
  ) {
    super();
  }

  override check(model: Readonly<ContractModel>): boolean {
    return model.tokened.length > 0;
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const earlier = model.tokened[this.pick % model.tokened.length];
    if (earlier === undefined) return;
    const { role, item } = this.put;
    const call = port.transactWriteItems({
      ClientRequestToken: earlier.input.ClientRequestToken,
      TransactItems: [{
        Put: {
          TableName: tables[role],
          Item: item,
          ConditionExpression: 'attribute_exists(#k) OR attribute_not_exists(#k)',
          ExpressionAttributeNames: { '#k': KEY_ATTRIBUTES[role][0] ?? '' },
        },
      }],
    });
    const error = await expectDynamoDbError(call, 'transaction', this.toString());
    expect(error.errorName, 'errorName').to.equal('IdempotentParameterMismatchException');
  }

  toString(): string {
    return `TransactWriteItems with the token of earlier tokened transaction #${this.pick} (modulo their number) and another request: put ${describeKey(this.put.role, keyOf(this.put.role, this.put.item))}`;
  }
}

export const reuseTokenCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(fc.nat({ max: 7 }), tableItemArbitrary)
  .map(([pick, put]) => new ReuseTokenCommand(pick, put));
