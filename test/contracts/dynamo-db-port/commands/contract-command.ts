/**
 * The base of every command of the model-based properties. `toString` is what fast-check prints
 * in a counterexample, so each command describes itself in DynamoDB's terms.
 */
import type fc from 'fast-check';
import type { Item, Key } from '../../../../ports/document-value.js';
import type { ContractModel } from '../contract-model.js';
import type { ContractSystem } from '../contract-system.js';
import type { TableRole } from '../contract-tables.js';
import { KEY_ATTRIBUTES } from '../contract-tables.js';

export abstract class ContractCommand implements fc.AsyncCommand<ContractModel, ContractSystem> {
  check(_model: Readonly<ContractModel>): boolean {
    return true;
  }

  abstract run(model: ContractModel, system: ContractSystem): Promise<void>;

  abstract toString(): string;
}

export function describeKey(role: TableRole, key: Key): string {
  return `${role}(${KEY_ATTRIBUTES[role].map((name) => JSON.stringify(key[name])).join(', ')})`;
}

/** Keeps only the named attributes; undefined when none is left (DynamoDB then omits Attributes). */
export function pick(item: Item | undefined, attributes: readonly string[]): Item | undefined {
  if (item === undefined) return undefined;
  const entries = Object.entries(item).filter(([name]) => attributes.includes(name));
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
