/** DeleteItem with an optional condition, ReturnValues and ReturnValuesOnConditionCheckFailure. */
import fc from 'fast-check';
import type { Key } from '../../../../ports/document-value.js';
import type { DeleteItemInput } from '../../../../ports/dynamo-db-item-types.js';
import { expectSameItem } from '../checks/expect-same-items.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { TableRole } from '../contract-tables.js';
import { KEY_ATTRIBUTES } from '../contract-tables.js';
import type { Condition } from '../vocabulary/condition.js';
import { conditionArbitrary, conditionHolds, describeCondition } from '../vocabulary/condition.js';
import { tableKeyArbitrary } from '../vocabulary/contract-items.js';
import { ExpressionBuilder } from '../vocabulary/expression-builder.js';
import { conditionalWriteParameters, expectConditionFailure } from './conditional-write.js';
import { ContractCommand, describeKey } from './contract-command.js';
import type { OldValues } from './put-item-command.js';
import { oldValuesArbitrary } from './put-item-command.js';

export class DeleteItemCommand extends ContractCommand {
  constructor(
    readonly role: TableRole,
    readonly key: Key,
    readonly condition: Condition | null,
    readonly returnValues: OldValues,
    readonly returnOldOnFailure: boolean,
  ) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const builder = new ExpressionBuilder();
    const partitionKey = KEY_ATTRIBUTES[this.role][0] ?? '';
    const input: DeleteItemInput = {
      TableName: tables[this.role],
      Key: this.key,
      ...conditionalWriteParameters(this, partitionKey, builder),
    };
    const old = model.get(this.role, this.key);
    if (this.condition !== null && !conditionHolds(this.condition, old)) {
      await expectConditionFailure(port.deleteItem(input), old, this.returnOldOnFailure, this.toString());
      return;
    }
    const output = await port.deleteItem(input);
    expectSameItem(output.Attributes, this.returnValues === 'ALL_OLD' ? old : undefined, `Attributes of ${this.toString()}`);
    model.delete(this.role, this.key);
  }

  toString(): string {
    const returns = this.returnValues === undefined ? '' : ` ReturnValues=${this.returnValues}`;
    const onFailure = this.returnOldOnFailure ? ' (ALL_OLD on failure)' : '';
    return `DeleteItem ${describeKey(this.role, this.key)}${describeCondition(this.condition)}${returns}${onFailure}`;
  }
}

export const deleteItemCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(tableKeyArbitrary, fc.option(conditionArbitrary, { freq: 2 }), oldValuesArbitrary, fc.boolean())
  .map(([{ role, key }, condition, returnValues, returnOld]) => new DeleteItemCommand(role, key, condition, returnValues, returnOld));
