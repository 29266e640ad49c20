/**
 * The model: what each table holds, as plain maps from a canonical key to the item, and the
 * transactions that succeeded with a ClientRequestToken. Deliberately nothing more.
 */
import type { Item, Key } from '../../../ports/document-value.js';
import type { TransactWriteItemsInput } from '../../../ports/dynamo-db-transaction-types.js';
import type { TableRole } from './contract-tables.js';
import { keyOf, TABLE_ROLES } from './contract-tables.js';
import { canonicalString } from './values/normalize-value.js';

export interface TokenedTransaction {
  readonly input: TransactWriteItemsInput & { readonly ClientRequestToken: string };
}

export class ContractModel {
  private readonly tables: Readonly<Record<TableRole, Map<string, Item>>> = { composite: new Map(), simple: new Map() };
  readonly tokened: TokenedTransaction[] = [];

  static keyString(role: TableRole, key: Key): string {
    return canonicalString(keyOf(role, key));
  }

  get(role: TableRole, key: Key): Item | undefined {
    return this.tables[role].get(ContractModel.keyString(role, key));
  }

  put(role: TableRole, item: Item): void {
    this.tables[role].set(ContractModel.keyString(role, item), item);
  }

  delete(role: TableRole, key: Key): void {
    this.tables[role].delete(ContractModel.keyString(role, key));
  }

  items(role: TableRole): Item[] {
    return [...this.tables[role].values()];
  }

  isEmpty(): boolean {
    return TABLE_ROLES.every((role) => this.tables[role].size === 0);
  }
}
