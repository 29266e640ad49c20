/**
 * Reads a Query or Scan to its end on one side, following that side's own LastEvaluatedKey, and
 * sums the pages up in a form that compares equal whenever two answers differ only where
 * DynamoDB leaves them free (see Step): a base table Query page by page; otherwise the items of
 * all pages (in groups of equal index sort keys, or all together), the page boundaries and the
 * totals. Lists marked `$unordered` are compared as multisets by `normalise`.
 */
import type { Side } from './differential-targets.js';
import { normaliseValue } from './normalise.js';
import { success, type Outcome } from './outcome.js';
import type { ReadPlan, Step } from './step.js';

/** Enough for any table a run builds with Limit 1; a side that pages on forever is a difference. */
const MAX_PAGES = 40;

type Page = Readonly<Record<string, unknown>>;

async function readSegment(side: Side, operation: string, input: Readonly<Record<string, unknown>>): Promise<Page[] | Outcome> {
  const pages: Page[] = [];
  let next = input;
  for (let count = 0; count < MAX_PAGES; count++) {
    const outcome = await side.send(operation, next);
    if (!outcome.ok) return outcome;
    pages.push(normaliseValue(outcome.response) as Page);
    const lastKey = outcome.response['LastEvaluatedKey'];
    if (lastKey === undefined) break;
    next = { ...input, ExclusiveStartKey: lastKey };
  }
  return pages;
}

function groupedItems(items: readonly Record<string, unknown>[], by: string): unknown[] {
  const groups: { key: string; items: unknown[] }[] = [];
  for (const item of items) {
    const key = JSON.stringify(item[by]);
    const last = groups.at(-1);
    if (last !== undefined && last.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups.map((group) => ({ $unordered: group.items }));
}

function total(pages: readonly Page[], member: string): number {
  return pages.reduce((sum, page) => sum + (typeof page[member] === 'number' ? page[member] : 0), 0);
}

function summarise(plan: ReadPlan, segments: readonly (readonly Page[])[]): Record<string, unknown> {
  if (plan.order.kind === 'exact') return { Pages: segments[0] ?? [] };
  const pages = segments.flat();
  const items = pages.flatMap((page) => (Array.isArray(page['Items']) ? (page['Items'] as Record<string, unknown>[]) : []));
  const hasItems = pages.some((page) => page['Items'] !== undefined);
  const singlePages = segments.every((segment) => segment.length === 1);
  return {
    Count: total(pages, 'Count'),
    ScannedCount: total(pages, 'ScannedCount'),
    ...(hasItems ? { Items: plan.order.kind === 'grouped' ? groupedItems(items, plan.order.by) : { $unordered: items } } : {}),
    // Page boundaries do not depend on order (Limit counts items read), but which segment holds what does.
    ...(plan.segments === undefined ? { Pages: pages.map((page) => ({ ScannedCount: page['ScannedCount'], more: page['LastEvaluatedKey'] !== undefined })) } : {}),
    // What a page costs depends on which items it holds: comparable only when one page holds them
    // all (segments hold items as each side hashes their keys, so their pages are not comparable).
    ...(singlePages && plan.segments === undefined && pages.some((page) => page['ConsumedCapacity'] !== undefined) ? { ConsumedCapacity: pages.map((page) => page['ConsumedCapacity']) } : {}),
  };
}

export async function readToEnd(side: Side, step: Step, plan: ReadPlan): Promise<Outcome> {
  const inputs = plan.segments === undefined
    ? [step.input]
    : Array.from({ length: plan.segments }, (_, segment) => ({ ...step.input, Segment: segment, TotalSegments: plan.segments }));
  const segments: Page[][] = [];
  for (const input of inputs) {
    const pages = await readSegment(side, step.operation, input);
    if (!Array.isArray(pages)) return pages;
    segments.push(pages);
  }
  return success(summarise(plan, segments));
}
