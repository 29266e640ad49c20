/**
 * DynamoDB's rule for the paths of one update or projection expression: no path may contain
 * another ("overlap", equal paths included) and no two may use the same element once as a map
 * key and once as a list index ("conflict").
 *
 * How DynamoDB finds the clash shows in its message and in which error wins, so we replay it (as
 * probed on DynamoDB Local): the paths go into a tree from the last to the first, each path's
 * placeholder names resolved just before it goes in, so an overlap among later paths is reported
 * before an undefined name in an earlier one. On a clash, "path one" is the path being inserted;
 * "path two" is found by walking down from the parent of the clashing node, at each level to the
 * child iterated last (see bucketOf), until a node where a path ends.
 */
import type { DocumentPath, PathElement } from './ast.js';
import { formatPath, invalidExpression, type ExpressionKind } from './expression-error.js';

interface PathNode {
  /** Children in insertion order (the order HashMap keeps within one bucket). */
  readonly children: Map<PathElement, PathNode>;
  terminal: boolean;
}

const newNode = (): PathNode => ({ children: new Map(), terminal: false });

/**
 * The order in which DynamoDB iterates the children of a node, as far as probing DynamoDB Local
 * shows: by the low four bits of String.hashCode plus one (spread as java.util.HashMap spreads
 * hashes), in insertion order within a bucket, with no growth of the table. This reproduces its
 * choice among single-character names and list indexes (also with sixteen of them); among longer
 * names DynamoDB's order is something else we have not worked out, so "path two" may differ there.
 */
function bucketOf(element: PathElement): number {
  let hash = 0;
  if (typeof element === 'number') hash = element;
  else for (let index = 0; index < element.length; index++) hash = (Math.imul(hash, 31) + element.charCodeAt(index)) | 0;
  hash = (hash + 1) | 0;
  return (hash ^ (hash >>> 16)) & 15;
}

/** The child iterated last. */
function lastInHashOrder(keys: readonly PathElement[]): PathElement {
  let last = keys[0] as PathElement;
  let lastBucket = -1;
  for (const key of keys) {
    const bucket = bucketOf(key);
    // Later keys of the same bucket come later.
    if (bucket >= lastBucket) {
      last = key;
      lastBucket = bucket;
    }
  }
  return last;
}

function pathTwo(parent: PathNode, prefix: readonly PathElement[]): PathElement[] {
  const path = [...prefix];
  let node = parent;
  for (;;) {
    const element = lastInHashOrder([...node.children.keys()]);
    path.push(element);
    node = node.children.get(element) as PathNode;
    if (node.terminal || node.children.size === 0) return path;
  }
}

function clash(kind: ExpressionKind, verb: 'overlap' | 'conflict', one: DocumentPath, parent: PathNode, prefix: readonly PathElement[]): never {
  throw invalidExpression(
    kind,
    `Two document paths ${verb} with each other; must remove or rewrite one of these paths; path one: ${formatPath(one)}, path two: ${formatPath(pathTwo(parent, prefix))}`,
  );
}

function insert(kind: ExpressionKind, root: PathNode, path: DocumentPath): void {
  let node = root;
  for (let depth = 0; depth < path.length; depth++) {
    const element = path[depth] as PathElement;
    const prefix = path.slice(0, depth);
    const first = node.children.keys().next();
    if (first.done !== true && typeof first.value !== typeof element) clash(kind, 'conflict', path, node, prefix);
    const child = node.children.get(element);
    if (child === undefined) {
      const created = newNode();
      node.children.set(element, created);
      node = created;
      continue;
    }
    if (child.terminal || depth === path.length - 1) clash(kind, 'overlap', path, node, prefix);
    node = child;
  }
  node.terminal = true;
}

/**
 * Resolves the paths of one expression (from the last to the first, as DynamoDB does) and checks
 * that none overlaps or conflicts with another. Returns the resolved paths in their own order.
 */
export function resolveDistinctPaths<T>(kind: ExpressionKind, paths: readonly T[], resolve: (path: T) => DocumentPath): DocumentPath[] {
  const resolved: DocumentPath[] = new Array<DocumentPath>(paths.length);
  const root = newNode();
  for (let index = paths.length - 1; index >= 0; index--) {
    const path = resolve(paths[index] as T);
    resolved[index] = path;
    if (paths.length > 1) insert(kind, root, path);
  }
  return resolved;
}
