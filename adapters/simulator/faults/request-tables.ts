/**
 * The tables a wire-form request touches, for matching fault rules by table: TableName, the keys
 * of RequestItems, the actions of a transaction, and the table of a stream ARN or shard iterator.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>` → `<name>`. */
export function tableOfStreamArn(arn: string): string | undefined {
  const start = arn.indexOf(':table/');
  if (start < 0) return undefined;
  const end = arn.indexOf('/stream/', start + 7);
  return end < 0 ? undefined : arn.slice(start + 7, end);
}

const TRANSACT_ACTIONS = ['Get', 'Put', 'Update', 'Delete', 'ConditionCheck'] as const;

export function requestTables(request: unknown): string[] {
  if (!isRecord(request)) return [];
  const tables = new Set<string>();
  if (typeof request['TableName'] === 'string') tables.add(request['TableName']);
  if (isRecord(request['RequestItems'])) for (const name of Object.keys(request['RequestItems'])) tables.add(name);
  const transactItems = request['TransactItems'];
  if (Array.isArray(transactItems)) {
    for (const entry of transactItems as unknown[]) {
      if (!isRecord(entry)) continue;
      for (const action of TRANSACT_ACTIONS) {
        const body = entry[action];
        if (isRecord(body) && typeof body['TableName'] === 'string') tables.add(body['TableName']);
      }
    }
  }
  for (const field of ['StreamArn', 'ShardIterator']) {
    const value = request[field];
    const table = typeof value === 'string' ? tableOfStreamArn(value) : undefined;
    if (table !== undefined) tables.add(table);
  }
  return [...tables];
}
