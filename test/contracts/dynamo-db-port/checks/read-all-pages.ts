/** Follows LastEvaluatedKey to the end, as a client must; refuses to loop forever on a broken adapter. */
import { expect } from 'chai';
import type { Key } from '../../../../ports/document-value.js';
import type { ReadManyOutput } from '../../../../ports/dynamo-db-read-types.js';

export async function readAllPages(
  fetch: (exclusiveStartKey: Key | undefined) => Promise<ReadManyOutput>,
  maxPages: number,
  what: string,
): Promise<ReadManyOutput[]> {
  const pages: ReadManyOutput[] = [];
  let start: Key | undefined;
  do {
    expect(pages.length, `${what}: more pages than the items can fill`).to.be.below(maxPages);
    const page = await fetch(start);
    pages.push(page);
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return pages;
}
