/**
 * The attribute paths to redact, as a tree: `['password', 'card.number']` becomes
 * password → everything, card → number → everything. A path through a list applies to each of
 * its elements (`cards.number` redacts the number of every card).
 */
import { RecordReplayError } from '../record-replay-error.js';

export type RedactionTree = ReadonlyMap<string, RedactionTree | 'all'>;

export function redactionTree(paths: readonly string[]): RedactionTree {
  const root = new Map<string, Map<string, unknown> | 'all'>();
  for (const path of paths) {
    const names = typeof path === 'string' ? path.split('.') : [];
    if (names.length === 0 || names.some((name) => name === '')) {
      throw new RecordReplayError({ kind: 'invalid-options', message: `redact: expected attribute paths such as 'password' or 'card.number', got ${JSON.stringify(path)}` });
    }
    let node: Map<string, unknown> = root;
    names.forEach((name, position) => {
      const existing = node.get(name);
      if (existing === 'all') return;
      if (position === names.length - 1) {
        node.set(name, 'all');
        return;
      }
      const child = existing instanceof Map ? (existing as Map<string, unknown>) : new Map<string, unknown>();
      node.set(name, child);
      node = child;
    });
  }
  return root as RedactionTree;
}
