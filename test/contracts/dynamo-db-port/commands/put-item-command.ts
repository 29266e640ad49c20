/** PutItem with an optional condition, ReturnValues and ReturnValuesOnConditionCheckFailure. */
import fc from 'fast-check';
import type { Item } from '../../../../ports/document-value.js';
import type { PutItemInput } from '../../../../ports/dynamo-db-item-types.js';
import { expectSameItem } from '../checks/expect-same-items.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { TableRole } from '../contract-tables.js';
import { KEY_ATTRIBUTES, keyOf } from '../contract-tables.js';
import type { Condition } from '../vocabulary/condition.js';
import { conditionArbitrary, conditionHolds, describeCondition } from '../vocabulary/condition.js';
import type { TableItem } from '../vocabulary/contract-items.js';
import { tableItemArbitrary } from '../vocabulary/contract-items.js';
import { ExpressionBuilder } from '../vocabulary/expression-builder.js';
import { conditionalWriteParameters, expectConditionFailure } from './conditional-write.js';
import { ContractCommand } from './contract-command.js';

export type OldValues = 'NONE' | 'ALL_OLD' | undefined;
export const oldValuesArbitrary: fc.Arbitrary<OldValues> = fc.constantFrom<OldValues>(undefined, 'NONE', 'ALL_OLD');

export class PutItemCommand extends ContractCommand {
  constructor(
    readonly role: TableRole,
    readonly item: Item,
    readonly condition: Condition | null,
    readonly returnValues: OldValues,
    readonly returnOldOnFailure: boolean,
  ) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const builder = new ExpressionBuilder();
    const partitionKey = KEY_ATTRIBUTES[this.role][0] ?? '';
    const input: PutItemInput = {
      TableName: tables[this.role],
      Item: this.item,
      ...conditionalWriteParameters(this, partitionKey, builder),
    };
    const old = model.get(this.role, keyOf(this.role, this.item));
    if (this.condition !== null && !conditionHolds(this.condition, old)) {
      await expectConditionFailure(port.putItem(input), old, this.returnOldOnFailure, this.toString());
      return;
    }
    const output = await port.putItem(input);
    expectSameItem(output.Attributes, this.returnValues === 'ALL_OLD' ? old : undefined, `Attributes of ${this.toString()}`);
    model.put(this.role, this.item);
  }

  toString(): string {
    const returns = this.returnValues === undefined ? '' : ` ReturnValues=${this.returnValues}`;
    const onFailure = this.returnOldOnFailure ? ' (ALL_OLD on failure)' : '';
    return `PutItem ${this.role} ${fc.stringify(this.item)}${describeCondition(this.condition)}${returns}${onFailure}`;
  }
}

export const putItemCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(tableItemArbitrary, fc.option(conditionArbitrary, { freq: 2 }), oldValuesArbitrary, fc.boolean())
  .map(([{ role, item }, condition, returnValues, returnOld]) => new PutItemCommand(role, item, condition, returnValues, returnOld));

/** Unconditional puts of the given items, for properties about reads. */
export function plainPutCommandArbitrary(items: fc.Arbitrary<TableItem>): fc.Arbitrary<ContractCommand> {
  return items.map(({ role, item }) => new PutItemCommand(role, item, null, undefined, false));
}
