/**
 * Query on the global secondary index (partition `gpk`, sort `gsk`, both strings, ALL
 * projection). Only items with both index keys are in it (a sparse index). Strings sort by their
 * UTF-8 bytes. Items with the same index sort key come in an order DynamoDB does not define, so
 * the pages are checked for the index-key order, the exact set of items, and LastEvaluatedKey
 * carrying the index keys and the table keys of the last item.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { Item, Key } from '../../../../ports/document-value.js';
import type { QueryInput } from '../../../../ports/dynamo-db-read-types.js';
import { checkPageLimit } from '../checks/check-pages.js';
import { expectSameItem, expectSameItems } from '../checks/expect-same-items.js';
import { readAllPages } from '../checks/read-all-pages.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import { INDEX_NAME } from '../contract-tables.js';
import { compareUtf8 } from '../values/utf8-compare.js';
import { INDEX_PARTITION_KEYS, INDEX_SORT_KEYS } from '../vocabulary/contract-items.js';
import { ExpressionBuilder } from '../vocabulary/expression-builder.js';
import type { SortKeyCondition } from '../vocabulary/sort-key-condition.js';
import { describeSortKeyCondition, renderKeyCondition, sortKeyConditionArbitrary, sortKeyHolds } from '../vocabulary/sort-key-condition.js';
import { ContractCommand } from './contract-command.js';
import { limitArbitrary } from './query-command.js';

function indexKeyOf(item: Item): Key {
  return { gpk: item['gpk'] ?? null, gsk: item['gsk'] ?? null, pk: item['pk'] ?? null, sk: item['sk'] ?? null };
}

export class IndexQueryCommand extends ContractCommand {
  constructor(
    readonly partitionKey: string,
    readonly sortCondition: SortKeyCondition<string> | null,
    readonly forward: boolean | undefined,
    readonly limit: number | undefined,
  ) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const builder = new ExpressionBuilder();
    const input: QueryInput = {
      TableName: tables.composite,
      IndexName: INDEX_NAME,
      KeyConditionExpression: renderKeyCondition({ attribute: 'gpk', value: this.partitionKey }, 'gsk', this.sortCondition, builder),
      ...builder.attributes(),
      ...(this.forward === undefined ? {} : { ScanIndexForward: this.forward }),
      ...(this.limit === undefined ? {} : { Limit: this.limit }),
    };
    const condition = this.sortCondition;
    const direction = this.forward === false ? -1 : 1;
    const expected = model
      .items('composite')
      .filter((item) => item['gpk'] === this.partitionKey && typeof item['gsk'] === 'string')
      .filter((item) => condition === null || sortKeyHolds(condition, item['gsk'] as string, compareUtf8))
      .sort((left, right) => compareUtf8(left['gsk'] as string, right['gsk'] as string) * direction);
    const pages = await readAllPages((start: Key | undefined) => port.query(start === undefined ? input : { ...input, ExclusiveStartKey: start }), expected.length + 2, this.toString());
    const returned: Item[] = [];
    pages.forEach((page, index) => {
      const label = `${this.toString()}, page ${index + 1} of ${pages.length}`;
      checkPageLimit(page, this.limit, label);
      const items = page.Items ?? [];
      expect([page.Count, page.ScannedCount], `${label}: Count and ScannedCount`).to.deep.equal([items.length, items.length]);
      const last = items.at(-1);
      if (page.LastEvaluatedKey !== undefined && last !== undefined) expectSameItem(page.LastEvaluatedKey, indexKeyOf(last), `${label}: LastEvaluatedKey`);
      returned.push(...items);
    });
    expect(returned.map((item) => item['gsk']), `${this.toString()}: index sort keys in order`).to.deep.equal(expected.map((item) => item['gsk']));
    expectSameItems(returned, expected, `${this.toString()}: items`);
  }

  toString(): string {
    const direction = this.forward === false ? ' backward' : '';
    const limit = this.limit === undefined ? '' : ` Limit=${this.limit}`;
    return `Query ${INDEX_NAME} gpk=${JSON.stringify(this.partitionKey)}${describeSortKeyCondition('gsk', this.sortCondition)}${direction}${limit}`;
  }
}

export const indexQueryCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(
    fc.constantFrom(...INDEX_PARTITION_KEYS),
    fc.option(sortKeyConditionArbitrary(INDEX_SORT_KEYS, compareUtf8, ['a', 'é', 'ｚ', '𝒜']), { freq: 3 }),
    fc.constantFrom(undefined, true, false),
    limitArbitrary,
  )
  .map(([partitionKey, sortCondition, forward, limit]) => new IndexQueryCommand(partitionKey, sortCondition, forward, limit));
