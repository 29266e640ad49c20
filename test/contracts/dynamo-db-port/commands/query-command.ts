/**
 * Query on the composite table: a partition key, an optional sort-key condition, either
 * direction, Limit, a FilterExpression and Select COUNT, followed page by page to the end.
 * The sort key is a number, so the order is numeric (-7 before -1.5 before 2 before 10).
 */
import fc from 'fast-check';
import type { Item, Key } from '../../../../ports/document-value.js';
import type { QueryInput } from '../../../../ports/dynamo-db-read-types.js';
import { checkOrderedPages } from '../checks/check-pages.js';
import { readAllPages } from '../checks/read-all-pages.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import { keyOf } from '../contract-tables.js';
import { PARTITION_KEYS, SORT_KEYS } from '../vocabulary/contract-items.js';
import { ExpressionBuilder } from '../vocabulary/expression-builder.js';
import type { Filter } from '../vocabulary/filter.js';
import { describeFilter, filterArbitrary, filterHolds, renderFilter } from '../vocabulary/filter.js';
import type { SortKeyCondition } from '../vocabulary/sort-key-condition.js';
import { describeSortKeyCondition, renderKeyCondition, sortKeyConditionArbitrary, sortKeyHolds } from '../vocabulary/sort-key-condition.js';
import { ContractCommand } from './contract-command.js';

const numberOrder = (left: number, right: number): number => left - right;

export const limitArbitrary: fc.Arbitrary<number | undefined> = fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined, freq: 4 });

export class QueryCommand extends ContractCommand {
  constructor(
    readonly partitionKey: string,
    readonly sortCondition: SortKeyCondition<number> | null,
    readonly forward: boolean | undefined,
    readonly limit: number | undefined,
    readonly filter: Filter | null,
    readonly countOnly: boolean,
  ) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const builder = new ExpressionBuilder();
    const input: QueryInput = {
      TableName: tables.composite,
      KeyConditionExpression: renderKeyCondition({ attribute: 'pk', value: this.partitionKey }, 'sk', this.sortCondition, builder),
      ...(this.filter === null ? {} : { FilterExpression: renderFilter(this.filter, builder) }),
      ...builder.attributes(),
      ConsistentRead: true,
      ...(this.forward === undefined ? {} : { ScanIndexForward: this.forward }),
      ...(this.limit === undefined ? {} : { Limit: this.limit }),
      ...(this.countOnly ? { Select: 'COUNT' as const } : {}),
    };
    const condition = this.sortCondition;
    const read = model
      .items('composite')
      .filter((item) => item['pk'] === this.partitionKey && (condition === null || sortKeyHolds(condition, item['sk'] as number, numberOrder)))
      .sort((left, right) => numberOrder(left['sk'] as number, right['sk'] as number) * (this.forward === false ? -1 : 1));
    const pages = await readAllPages((start: Key | undefined) => port.query(start === undefined ? input : { ...input, ExclusiveStartKey: start }), read.length + 2, this.toString());
    checkOrderedPages(pages, read, {
      limit: this.limit,
      passes: (item: Item) => filterHolds(this.filter, item),
      keyOf: (item: Item) => keyOf('composite', item),
      countOnly: this.countOnly,
    }, this.toString());
  }

  toString(): string {
    const direction = this.forward === false ? ' backward' : '';
    const limit = this.limit === undefined ? '' : ` Limit=${this.limit}`;
    return `Query pk=${JSON.stringify(this.partitionKey)}${describeSortKeyCondition('sk', this.sortCondition)}${direction}${limit}${describeFilter(this.filter)}${this.countOnly ? ' Select=COUNT' : ''}`;
  }
}

export const queryCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(
    fc.constantFrom(...PARTITION_KEYS),
    fc.option(sortKeyConditionArbitrary(SORT_KEYS, numberOrder, []), { freq: 3 }),
    fc.constantFrom(undefined, true, false),
    limitArbitrary,
    fc.option(filterArbitrary, { freq: 3 }),
    fc.integer({ min: 0, max: 4 }).map((draw) => draw === 0),
  )
  .map(([partitionKey, sortCondition, forward, limit, filter, countOnly]) => new QueryCommand(partitionKey, sortCondition, forward, limit, filter, countOnly));
