/**
 * Whole-table reads and deletes: the check that ends every run (the tables hold exactly what
 * the model holds, which also proves that failed and invalid requests left data untouched) and
 * the emptying that prepares the next.
 */
import type { Item, Key } from '../../../ports/document-value.js';
import { expectSameItems } from './checks/expect-same-items.js';
import { writeBatchFully } from './commands/batch-write-command.js';
import type { ContractModel } from './contract-model.js';
import type { ContractSystem } from './contract-system.js';
import type { TableRole } from './contract-tables.js';
import { keyOf, TABLE_ROLES } from './contract-tables.js';

async function readTable({ port, tables }: ContractSystem, role: TableRole): Promise<Item[]> {
  const items: Item[] = [];
  let start: Key | undefined;
  do {
    const page = await port.scan({ TableName: tables[role], ConsistentRead: true, ...(start === undefined ? {} : { ExclusiveStartKey: start }) });
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return items;
}

export type TableKeys = Readonly<Record<TableRole, readonly Key[]>>;

export async function expectTablesMatchModel(model: ContractModel, system: ContractSystem): Promise<TableKeys> {
  const keys: Record<TableRole, Key[]> = { composite: [], simple: [] };
  for (const role of TABLE_ROLES) {
    const items = await readTable(system, role);
    expectSameItems(items, model.items(role), `the ${role} table after the run`);
    keys[role] = items.map((item) => keyOf(role, item));
  }
  return keys;
}

export async function deleteKeys(system: ContractSystem, keys: TableKeys, batches: boolean): Promise<void> {
  for (const role of TABLE_ROLES) {
    const TableName = system.tables[role];
    if (!batches) {
      for (const key of keys[role]) await system.port.deleteItem({ TableName, Key: key });
      continue;
    }
    for (let start = 0; start < keys[role].length; start += 25) {
      const chunk = keys[role].slice(start, start + 25).map((Key) => ({ DeleteRequest: { Key } }));
      await writeBatchFully(system, { RequestItems: { [TableName]: chunk } }, `emptying the ${role} table`);
    }
  }
}

export async function emptyTables(system: ContractSystem, batches: boolean): Promise<void> {
  const keys: Record<TableRole, Key[]> = { composite: [], simple: [] };
  for (const role of TABLE_ROLES) keys[role] = (await readTable(system, role)).map((item) => keyOf(role, item));
  await deleteKeys(system, keys, batches);
}
