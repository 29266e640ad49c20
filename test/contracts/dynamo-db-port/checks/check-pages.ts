/**
 * What DynamoDB guarantees about the pages of a Query or Scan. Limit counts the items read
 * (ScannedCount), before the filter; a page stops early only at Limit or at 1 MB, and the suite's
 * items stay far below 1 MB, so a page without Limit is the whole answer and a page that ends at
 * a LastEvaluatedKey has read exactly Limit items. When the items run out exactly at Limit,
 * DynamoDB may still return a LastEvaluatedKey, followed by an empty last page: allowed. A page
 * that read fewer than Limit items is known to be last and has no LastEvaluatedKey.
 */
import { expect } from 'chai';
import type { Item, Key } from '../../../../ports/document-value.js';
import type { ReadManyOutput } from '../../../../ports/dynamo-db-read-types.js';
import { expectSameItem, expectSameSequence } from './expect-same-items.js';

export function checkPageLimit(page: ReadManyOutput, limit: number | undefined, label: string): void {
  if (limit === undefined) {
    expect(page.LastEvaluatedKey, `${label}: LastEvaluatedKey without Limit on less than 1 MB`).to.equal(undefined);
    return;
  }
  expect(page.ScannedCount, `${label}: ScannedCount within Limit ${limit}`).to.be.at.most(limit);
  if (page.LastEvaluatedKey !== undefined) {
    expect(page.ScannedCount, `${label}: a page with LastEvaluatedKey read Limit items`).to.equal(limit);
  }
}

export interface PagesExpectation {
  readonly limit: number | undefined;
  /** Whether an item passes the FilterExpression (always true without one). */
  readonly passes: (item: Item) => boolean;
  /** The key DynamoDB puts in LastEvaluatedKey for an item. */
  readonly keyOf: (item: Item) => Key;
  readonly countOnly: boolean;
}

/**
 * Query on the table: the items read come in a total order, so each page is a known slice of
 * `read` (the items matching the key condition, in the requested direction).
 */
export function checkOrderedPages(pages: readonly ReadManyOutput[], read: readonly Item[], expectation: PagesExpectation, what: string): void {
  let offset = 0;
  pages.forEach((page, index) => {
    const label = `${what}, page ${index + 1} of ${pages.length}`;
    checkPageLimit(page, expectation.limit, label);
    const slice = read.slice(offset, offset + page.ScannedCount);
    expect(slice.length, `${label}: ScannedCount counts items that do not exist`).to.equal(page.ScannedCount);
    const returned = slice.filter(expectation.passes);
    expect(page.Count, `${label}: Count`).to.equal(returned.length);
    if (expectation.countOnly) expect(page.Items, `${label}: Items with Select COUNT`).to.equal(undefined);
    else expectSameSequence(page.Items ?? [], returned, `${label}: Items`);
    const last = slice.at(-1);
    if (page.LastEvaluatedKey !== undefined && last !== undefined) {
      expectSameItem(page.LastEvaluatedKey, expectation.keyOf(last), `${label}: LastEvaluatedKey`);
    }
    offset += page.ScannedCount;
  });
  expect(offset, `${what}: items read over all pages`).to.equal(read.length);
}

/** The per-page checks of a Scan, whose order DynamoDB does not define. Returns the items. */
export function checkUnorderedPages(pages: readonly ReadManyOutput[], expectation: PagesExpectation, filtered: boolean, what: string): { items: Item[]; scanned: number } {
  const items: Item[] = [];
  let scanned = 0;
  pages.forEach((page, index) => {
    const label = `${what}, page ${index + 1} of ${pages.length}`;
    checkPageLimit(page, expectation.limit, label);
    const pageItems = page.Items ?? [];
    expect(page.Count, `${label}: Count`).to.equal(pageItems.length);
    expect(page.ScannedCount, `${label}: ScannedCount`).to.be.at.least(page.Count);
    if (!filtered) expect(page.ScannedCount, `${label}: ScannedCount without a filter`).to.equal(page.Count);
    const last = pageItems.at(-1);
    if (!filtered && page.LastEvaluatedKey !== undefined && last !== undefined) {
      expectSameItem(page.LastEvaluatedKey, expectation.keyOf(last), `${label}: LastEvaluatedKey`);
    }
    items.push(...pageItems);
    scanned += page.ScannedCount;
  });
  return { items, scanned };
}
