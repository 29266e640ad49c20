/**
 * TransactWriteItems: all or nothing. When any condition fails, DynamoDB cancels the whole
 * transaction with one reason per action in request order, `ConditionalCheckFailed` for each
 * failed condition (carrying the old item when ALL_OLD was asked for and the item exists) and
 * `None` for the others; nothing changes. With a ClientRequestToken the successful request is
 * remembered, for the idempotency commands.
 */
import { expect } from 'chai';
import type fc from 'fast-check';
import type { TransactWriteItemsInput } from '../../../../ports/dynamo-db-transaction-types.js';
import { expectDynamoDbError } from '../checks/expect-dynamo-db-error.js';
import { expectSameItem } from '../checks/expect-same-items.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import { applyUpdateActions } from '../vocabulary/apply-update-actions.js';
import { conditionHolds } from '../vocabulary/condition.js';
import type { TransactAction } from '../vocabulary/transact-action.js';
import { actionKey, describeTransactAction, renderTransactAction, transactActionsArbitrary } from '../vocabulary/transact-action.js';
import { ContractCommand } from './contract-command.js';

function applyAction(model: ContractModel, action: TransactAction): void {
  switch (action.kind) {
    case 'put':
      model.put(action.role, action.item);
      return;
    case 'delete':
      model.delete(action.role, action.key);
      return;
    case 'update': {
      const outcome = applyUpdateActions(model.get(action.role, action.key) ?? action.key, action.actions);
      if (!outcome.ok) throw new Error(`the suite's transaction vocabulary produced a failing update: ${outcome.why}`);
      model.put(action.role, outcome.item);
      return;
    }
    case 'check':
      return;
  }
}

export class TransactWriteCommand extends ContractCommand {
  constructor(
    readonly actions: readonly TransactAction[],
    readonly withToken: boolean,
  ) {
    super();
  }

  async run(model: ContractModel, system: ContractSystem): Promise<void> {
    const TransactItems = this.actions.map((action) => renderTransactAction(action, system.tables));
    const input: TransactWriteItemsInput = this.withToken ? { TransactItems, ClientRequestToken: system.nextToken() } : { TransactItems };
    const olds = this.actions.map((action) => model.get(action.role, actionKey(action)));
    const failed = this.actions.map((action, index) => action.condition !== null && !conditionHolds(action.condition, olds[index]));
    if (failed.some(Boolean)) {
      const error = await expectDynamoDbError(system.port.transactWriteItems(input), 'transaction', this.toString());
      expect(error.errorName, 'errorName').to.equal('TransactionCanceledException');
      const reasons = error.cancellationReasons ?? [];
      expect(reasons.map((reason) => reason.Code), 'cancellation reason codes, in request order').to.deep.equal(failed.map((fails) => (fails ? 'ConditionalCheckFailed' : 'None')));
      reasons.forEach((reason, index) => {
        const returnsOld = failed[index] === true && this.actions[index]?.returnOldOnFailure === true;
        expectSameItem(reason.Item, returnsOld ? olds[index] : undefined, `the item of cancellation reason ${index}`);
      });
      return;
    }
    await system.port.transactWriteItems(input);
    for (const action of this.actions) applyAction(model, action);
    if (input.ClientRequestToken !== undefined) model.tokened.push({ input: { ...input, ClientRequestToken: input.ClientRequestToken } });
  }

  toString(): string {
    return `TransactWriteItems${this.withToken ? ' with a new ClientRequestToken' : ''} [${this.actions.map(describeTransactAction).join('; ')}]`;
  }
}

export const transactWriteCommandArbitrary = (withToken: boolean): fc.Arbitrary<ContractCommand> =>
  transactActionsArbitrary.map((actions) => new TransactWriteCommand(actions, withToken));
