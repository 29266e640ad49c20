/**
 * DynamoDB's rule for the paths of one update or projection expression: no path may contain
 * another ("overlap", equal paths included) and no two may use the same element once as a map
 * key and once as a list index ("conflict").
 *
 * The message names the earlier path first. For the second path DynamoDB (as DynamoDB Local
 * shows) names the later path when the two are adjacent, but otherwise the path just before the
 * later one; we reproduce that wording.
 */
import type { DocumentPath } from './ast.js';
import { formatPath, invalidExpression, type ExpressionKind } from './expression-error.js';

type Clash = 'overlap' | 'conflict' | undefined;

function clash(a: DocumentPath, b: DocumentPath): Clash {
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index++) {
    const x = a[index];
    const y = b[index];
    if (x === y) continue;
    return typeof x === typeof y ? undefined : 'conflict';
  }
  return 'overlap';
}

export function checkPathConflicts(kind: ExpressionKind, paths: readonly DocumentPath[]): void {
  if (paths.length < 2) return;
  // Paths starting with different attributes never clash: compare within groups only.
  const byAttribute = new Map<string | number, number[]>();
  for (let later = 0; later < paths.length; later++) {
    const path = paths[later] as DocumentPath;
    const head = path[0] as string | number;
    const group = byAttribute.get(head);
    if (group === undefined) {
      byAttribute.set(head, [later]);
      continue;
    }
    for (const earlier of group) {
      const found = clash(paths[earlier] as DocumentPath, path);
      if (found === undefined) continue;
      const second = earlier === later - 1 ? path : (paths[later - 1] as DocumentPath);
      const verb = found === 'overlap' ? 'overlap' : 'conflict';
      throw invalidExpression(
        kind,
        `Two document paths ${verb} with each other; must remove or rewrite one of these paths; path one: ${formatPath(paths[earlier] as DocumentPath)}, path two: ${formatPath(second)}`,
      );
    }
    group.push(later);
  }
}
