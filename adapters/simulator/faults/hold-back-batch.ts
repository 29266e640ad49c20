/**
 * The "unprocessed" fault of BatchWriteItem and BatchGetItem: a random part of the requests is
 * held back and returned as UnprocessedItems / UnprocessedKeys, as DynamoDB does under load; the
 * rest is executed. Held-back requests are neither applied nor read (nor validated: DynamoDB
 * validates the whole batch first, the simulator only the part it executes).
 */
import { isWireObject, type FaultTarget, type PreparedFault, type WireObject } from './fault-target.js';

interface Entry {
  readonly table: string;
  readonly index: number;
}

/** The requests by table: BatchWriteItem's lists, BatchGetItem's `Keys`. */
function requestsByTable(operation: string, requestItems: WireObject): Map<string, readonly unknown[]> | undefined {
  const lists = new Map<string, readonly unknown[]>();
  for (const [table, value] of Object.entries(requestItems)) {
    const list = operation === 'BatchWriteItem' ? value : isWireObject(value) ? value['Keys'] : undefined;
    if (!Array.isArray(list)) return undefined;
    lists.set(table, list as unknown[]);
  }
  return lists;
}

/** Each candidate with probability `fraction`; at least one; never every request of several. */
function chooseHeld(entries: readonly Entry[], target: FaultTarget, fraction: number): Set<Entry> {
  const candidates = entries.filter((entry) => target.tables === undefined || target.tables.has(entry.table));
  const held = new Set<Entry>();
  if (candidates.length === 0) return held;
  for (const entry of candidates) if (target.random.next() < fraction) held.add(entry);
  if (held.size === 0) held.add(candidates[target.random.below(candidates.length)] as Entry);
  if (held.size === entries.length && entries.length > 1) {
    const heldList = [...held];
    held.delete(heldList[target.random.below(heldList.length)] as Entry);
  }
  return held;
}

/** The table's part of the request with `list` as its requests. */
function withRequests(operation: string, original: unknown, list: readonly unknown[]): unknown {
  return operation === 'BatchWriteItem' ? list : { ...(original as WireObject), Keys: list };
}

function requestsOf(operation: string, part: unknown): unknown[] {
  const list = operation === 'BatchWriteItem' ? part : isWireObject(part) ? part['Keys'] : undefined;
  return Array.isArray(list) ? (list as unknown[]) : [];
}

/** The engine's own unprocessed requests (if any) and the held-back ones, by table. */
function merged(operation: string, own: unknown, heldBack: WireObject): WireObject {
  const result: WireObject = isWireObject(own) ? { ...own } : {};
  for (const [table, part] of Object.entries(heldBack)) {
    const existing = result[table];
    result[table] = existing === undefined ? part : withRequests(operation, part, [...requestsOf(operation, existing), ...requestsOf(operation, part)]);
  }
  return result;
}

export function holdBackBatch(target: FaultTarget, fraction: number): PreparedFault | undefined {
  const { operation, request } = target;
  if (!isWireObject(request) || !isWireObject(request['RequestItems'])) return undefined;
  const requestItems = request['RequestItems'];
  const lists = requestsByTable(operation, requestItems);
  if (lists === undefined) return undefined;
  const entries: Entry[] = [];
  for (const [table, list] of lists) list.forEach((_, index) => entries.push({ table, index }));
  const held = chooseHeld(entries, target, fraction);
  if (held.size === 0) return undefined;

  const kept: WireObject = {};
  const unprocessed: WireObject = {};
  for (const [table, list] of lists) {
    const heldHere = new Set([...held].filter((entry) => entry.table === table).map((entry) => entry.index));
    const keep = list.filter((_, index) => !heldHere.has(index));
    const hold = list.filter((_, index) => heldHere.has(index));
    if (keep.length > 0) kept[table] = withRequests(operation, requestItems[table], keep);
    if (hold.length > 0) unprocessed[table] = withRequests(operation, requestItems[table], hold);
  }
  const resultField = operation === 'BatchWriteItem' ? 'UnprocessedItems' : 'UnprocessedKeys';
  return {
    detail: `${held.size} of ${entries.length} requests returned as ${resultField}`,
    run(execute) {
      const response = Object.keys(kept).length > 0 ? (execute(operation, { ...request, RequestItems: kept }) as WireObject) : {};
      const answer: WireObject = { ...response, [resultField]: merged(operation, response[resultField], unprocessed) };
      if (operation === 'BatchGetItem') {
        const responses: WireObject = isWireObject(response['Responses']) ? { ...response['Responses'] } : {};
        for (const table of lists.keys()) responses[table] ??= [];
        answer['Responses'] = responses;
      }
      return answer;
    },
  };
}
