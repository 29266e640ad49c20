/**
 * A table in the catalog: its current state and its items. Replacing the state hands the new
 * definition to the item store, which backfills added global indexes and drops removed ones.
 */
import { ItemStore } from '../engine/item-store.js';
import type { TableDefinition } from '../engine/table-definition.js';
import type { TableState } from './table-state.js';

export class TableEntry {
  #state: TableState;
  readonly store: ItemStore;

  constructor(state: TableState) {
    this.#state = state;
    this.store = new ItemStore(state.definition);
  }

  get state(): TableState {
    return this.#state;
  }

  get definition(): TableDefinition {
    return this.#state.definition;
  }

  /** Tables change between requests at once: what DynamoDB reports after its transitions finish. */
  get status(): 'ACTIVE' {
    return 'ACTIVE';
  }

  replaceState(next: TableState): void {
    if (next.definition !== this.#state.definition) this.store.setDefinition(next.definition);
    this.#state = next;
  }
}
