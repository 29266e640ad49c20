/**
 * Scan of a whole table, or of every segment of a parallel scan, followed page by page to the
 * end: each item once (segments disjoint, their union the table), ScannedCount summing to the
 * table's size, Count and Items after the filter.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { Item, Key } from '../../../../ports/document-value.js';
import type { ScanInput } from '../../../../ports/dynamo-db-read-types.js';
import { checkUnorderedPages } from '../checks/check-pages.js';
import { expectSameItems } from '../checks/expect-same-items.js';
import { readAllPages } from '../checks/read-all-pages.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { TableRole } from '../contract-tables.js';
import { keyOf } from '../contract-tables.js';
import { roleArbitrary } from '../vocabulary/contract-items.js';
import { ExpressionBuilder } from '../vocabulary/expression-builder.js';
import type { Filter } from '../vocabulary/filter.js';
import { describeFilter, filterArbitrary, filterHolds, renderFilter } from '../vocabulary/filter.js';
import { ContractCommand } from './contract-command.js';
import { limitArbitrary } from './query-command.js';

export class ScanCommand extends ContractCommand {
  constructor(
    readonly role: TableRole,
    readonly limit: number | undefined,
    readonly filter: Filter | null,
    /** 0 for an ordinary scan, otherwise TotalSegments of a parallel scan. */
    readonly totalSegments: number,
  ) {
    super();
  }

  async run(model: ContractModel, { port, tables }: ContractSystem): Promise<void> {
    const builder = new ExpressionBuilder();
    const input: ScanInput = {
      TableName: tables[this.role],
      ConsistentRead: true,
      ...(this.filter === null ? {} : { FilterExpression: renderFilter(this.filter, builder) }),
      ...builder.attributes(),
      ...(this.limit === undefined ? {} : { Limit: this.limit }),
    };
    const stored = model.items(this.role);
    const segments = this.totalSegments === 0 ? [input] : Array.from({ length: this.totalSegments }, (_, Segment) => ({ ...input, Segment, TotalSegments: this.totalSegments }));
    const returned: Item[] = [];
    let scanned = 0;
    for (const [index, segmentInput] of segments.entries()) {
      const what = this.totalSegments === 0 ? this.toString() : `${this.toString()}, segment ${index}`;
      const pages = await readAllPages((start: Key | undefined) => port.scan(start === undefined ? segmentInput : { ...segmentInput, ExclusiveStartKey: start }), stored.length + 2, what);
      const segment = checkUnorderedPages(pages, {
        limit: this.limit,
        passes: (item: Item) => filterHolds(this.filter, item),
        keyOf: (item: Item) => keyOf(this.role, item),
        countOnly: false,
      }, this.filter !== null, what);
      returned.push(...segment.items);
      scanned += segment.scanned;
    }
    expect(scanned, `${this.toString()}: ScannedCount over all pages${this.totalSegments === 0 ? '' : ' and segments'}`).to.equal(stored.length);
    expectSameItems(returned, stored.filter((item) => filterHolds(this.filter, item)), `${this.toString()}: items, each once`);
  }

  toString(): string {
    const segments = this.totalSegments === 0 ? '' : ` in ${this.totalSegments} segments`;
    const limit = this.limit === undefined ? '' : ` Limit=${this.limit}`;
    return `Scan ${this.role}${segments}${limit}${describeFilter(this.filter)}`;
  }
}

export const scanCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(roleArbitrary, limitArbitrary, fc.option(filterArbitrary, { freq: 3 }))
  .map(([role, limit, filter]) => new ScanCommand(role, limit, filter, 0));

export const parallelScanCommandArbitrary: fc.Arbitrary<ContractCommand> = fc
  .tuple(roleArbitrary, limitArbitrary, fc.integer({ min: 1, max: 4 }))
  .map(([role, limit, totalSegments]) => new ScanCommand(role, limit, null, totalSegments));
