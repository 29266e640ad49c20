/**
 * The tables of one simulator instance, by name, kept in DynamoDB's ListTables order.
 *
 * Not-found messages follow DynamoDB, not DynamoDB Local (which says "Cannot do operations on a
 * non-existent table" everywhere): item operations say `Requested resource not found`, table
 * operations (DescribeTable, UpdateTable, DeleteTable, the TTL pair) say
 * `Requested resource not found: Table: <name> not found`, and the continuous-backups pair answers
 * TableNotFoundException `Table not found: <name>`.
 */
import type { TableDefinition } from '../engine/table-definition.js';
import { SimulatorError } from '../simulator-error.js';
import { tableNameOf } from '../validation/name-rules.js';
import { createTableIdGenerator } from './table-ids.js';
import type { TableEntry } from './table-entry.js';
import type { TableState } from './table-state.js';

export type TableCatalogEvent =
  | { readonly kind: 'created'; readonly table: TableDefinition }
  | { readonly kind: 'updated'; readonly table: TableDefinition; readonly previous: TableDefinition }
  | { readonly kind: 'deleted'; readonly table: TableDefinition };

export type TableCatalogListener = (event: TableCatalogEvent) => void;

export interface TableCatalogOptions {
  /** TableIds (UUIDs); the default is a seeded, repeatable sequence. */
  readonly newTableId?: () => string;
}

/** Names sort as DynamoDB lists them: by UTF-8 bytes, which for table names is by code unit. */
function insertionPoint(names: readonly string[], name: string): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((names[middle] ?? '') < name) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class TableCatalog {
  readonly #tables = new Map<string, TableEntry>();
  readonly #sortedNames: string[] = [];
  readonly #listeners = new Set<TableCatalogListener>();
  readonly newTableId: () => string;

  constructor(options: TableCatalogOptions = {}) {
    this.newTableId = options.newTableId ?? createTableIdGenerator();
  }

  /** The table with this name (or table ARN), if it exists. */
  get(nameOrArn: string): TableEntry | undefined {
    return this.#tables.get(tableNameOf(nameOrArn));
  }

  /** For item operations: the table, or ResourceNotFoundException `Requested resource not found`. */
  require(nameOrArn: string): TableEntry {
    const entry = this.get(nameOrArn);
    if (entry === undefined) throw new SimulatorError('ResourceNotFoundException', 'Requested resource not found');
    return entry;
  }

  /** For table operations: the table, or `Requested resource not found: Table: <name> not found`. */
  requireTable(nameOrArn: string): TableEntry {
    const entry = this.get(nameOrArn);
    if (entry === undefined) {
      throw new SimulatorError('ResourceNotFoundException', `Requested resource not found: Table: ${tableNameOf(nameOrArn)} not found`);
    }
    return entry;
  }

  /** Table names in ListTables order. */
  names(): readonly string[] {
    return this.#sortedNames;
  }

  /** The tables in ListTables order. */
  list(): readonly TableEntry[] {
    return this.#sortedNames.map((name) => this.#tables.get(name)).filter((entry) => entry !== undefined);
  }

  get size(): number {
    return this.#tables.size;
  }

  add(entry: TableEntry): void {
    const name = entry.definition.name;
    if (this.#tables.has(name)) throw new SimulatorError('ResourceInUseException', `Table already exists: ${name}`);
    this.#tables.set(name, entry);
    this.#sortedNames.splice(insertionPoint(this.#sortedNames, name), 0, name);
    this.#emit({ kind: 'created', table: entry.definition });
  }

  /** Moves a table to a new state and tells the listeners if its definition changed. */
  update(entry: TableEntry, next: TableState): void {
    const previous = entry.definition;
    entry.replaceState(next);
    if (previous !== next.definition) this.#emit({ kind: 'updated', table: next.definition, previous });
  }

  remove(name: string): TableEntry | undefined {
    const entry = this.#tables.get(name);
    if (entry === undefined) return undefined;
    this.#tables.delete(name);
    this.#sortedNames.splice(insertionPoint(this.#sortedNames, name), 1);
    this.#emit({ kind: 'deleted', table: entry.definition });
    return entry;
  }

  /** Table lifecycle events (created, updated, deleted), for the streams. Returns an unsubscribe. */
  onChange(listener: TableCatalogListener): () => void {
    this.#listeners.add(listener);
    return () => { this.#listeners.delete(listener); };
  }

  #emit(event: TableCatalogEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}
