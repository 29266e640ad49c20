/**
 * Pagination over the DynamoDB port: one page is a plain `query` / `scan` call; these async
 * iterators follow LastEvaluatedKey until DynamoDB says there is no more. Each yields whole pages
 * (with Count, ScannedCount and ConsumedCapacity) so callers keep DynamoDB's accounting;
 * `items()` flattens them.
 */
import type { Item } from '../ports/document-value.js';
import type { DynamoDbPort } from '../ports/dynamo-db-port.js';
import type { QueryInput, QueryOutput, ReadManyOutput, ScanInput, ScanOutput } from '../ports/dynamo-db-read-types.js';

async function* pages<I extends QueryInput | ScanInput, O extends ReadManyOutput>(fetch: (input: I) => Promise<O>, input: I): AsyncGenerator<O, void, undefined> {
  let start = input.ExclusiveStartKey;
  do {
    const page = await fetch({ ...input, ExclusiveStartKey: start });
    yield page;
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
}

/** Every page of a Query, from `input.ExclusiveStartKey` (or the start) to the end. */
export function paginateQuery(port: DynamoDbPort, input: QueryInput): AsyncGenerator<QueryOutput, void, undefined> {
  return pages((page: QueryInput) => port.query(page), input);
}

/** Every page of a Scan (of one segment, when `input.Segment` is given). */
export function paginateScan(port: DynamoDbPort, input: ScanInput): AsyncGenerator<ScanOutput, void, undefined> {
  return pages((page: ScanInput) => port.scan(page), input);
}

/** The items of every page, in order. */
export async function* items(pagesOf: AsyncIterable<ReadManyOutput>): AsyncGenerator<Item, void, undefined> {
  for await (const page of pagesOf) yield* page.Items ?? [];
}

export interface SegmentPage {
  readonly segment: number;
  readonly page: ScanOutput;
}

/**
 * A parallel scan: `totalSegments` segments read concurrently, each page yielded as it arrives
 * (segments interleave; pages of one segment stay in order). At most one request per segment is
 * in flight, and none while the consumer is not asking for more.
 */
export async function* parallelScan(port: DynamoDbPort, input: Omit<ScanInput, 'Segment' | 'TotalSegments'>, totalSegments: number): AsyncGenerator<SegmentPage, void, undefined> {
  if (!Number.isInteger(totalSegments) || totalSegments < 1 || totalSegments > 1_000_000) {
    throw new RangeError(`parallelScan: totalSegments must be a whole number from 1 to 1000000, got ${totalSegments}`);
  }
  const segments = Array.from({ length: totalSegments }, (_, segment) => paginateScan(port, { ...input, Segment: segment, TotalSegments: totalSegments }));
  const next = (segment: number): Promise<{ segment: number; result: IteratorResult<ScanOutput, void> }> =>
    (segments[segment] as AsyncGenerator<ScanOutput, void, undefined>).next().then((result) => ({ segment, result }));
  const pending = new Map<number, ReturnType<typeof next>>(segments.map((_, segment) => [segment, next(segment)]));
  try {
    while (pending.size > 0) {
      const { segment, result } = await Promise.race(pending.values());
      if (result.done === true) {
        pending.delete(segment);
        continue;
      }
      pending.set(segment, next(segment));
      yield { segment, page: result.value };
    }
  } finally {
    // A consumer that stops early leaves no segment reading on.
    await Promise.allSettled([...pending.values()]);
  }
}
