/** GetItem, strongly consistent, of the whole item or of a ProjectionExpression of top-level attributes. */
import fc from 'fast-check';
import type { Key } from '../../../../ports/document-value.js';
import type { GetItemInput } from '../../../../ports/dynamo-db-item-types.js';
import { expectSameItem } from '../checks/expect-same-items.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { TableRole } from '../contract-tables.js';
import { INDEX_KEY_ATTRIBUTES, KEY_ATTRIBUTES } from '../contract-tables.js';
import { NON_KEY_ATTRIBUTE_NAMES, tableKeyArbitrary } from '../vocabulary/contract-items.js';
import { ExpressionBuilder } from '../vocabulary/expression-builder.js';
import { ContractCommand, describeKey } from './contract-command.js';

export class GetItemCommand extends ContractCommand {
  constructor(
    readonly role: TableRole,
    readonly key: Key,
    readonly projection: readonly string[] | null,
  ) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const builder = new ExpressionBuilder();
    const input: GetItemInput = {
      TableName: tables[this.role],
      Key: this.key,
      ConsistentRead: true,
      ...(this.projection === null ? {} : { ProjectionExpression: this.projection.map((name) => builder.name(name)).join(', ') }),
      ...builder.attributes(),
    };
    const output = await port.getItem(input);
    const stored = model.get(this.role, this.key);
    // A projection of an existing item is an item, even when none of its attributes is there.
    const projection = this.projection;
    const expected = stored === undefined || projection === null ? stored : Object.fromEntries(Object.entries(stored).filter(([name]) => projection.includes(name)));
    expectSameItem(output.Item, expected, this.toString());
  }

  toString(): string {
    return `GetItem ${describeKey(this.role, this.key)}${this.projection === null ? '' : ` projecting ${this.projection.join(', ')}`}`;
  }
}

/** Names from either table: projecting an attribute an item lacks is fine. */
const projectionArbitrary: fc.Arbitrary<string[] | null> = fc.option(
  fc.uniqueArray(fc.constantFrom(...KEY_ATTRIBUTES.composite, ...KEY_ATTRIBUTES.simple, ...INDEX_KEY_ATTRIBUTES, ...NON_KEY_ATTRIBUTE_NAMES), { minLength: 1, maxLength: 3 }),
  { freq: 3 },
);

export const getItemCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(tableKeyArbitrary, projectionArbitrary)
  .map(([{ role, key }, projection]) => new GetItemCommand(role, key, projection));
