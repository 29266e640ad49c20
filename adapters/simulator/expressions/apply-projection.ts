/**
 * Projection as DynamoDB returns it: only the requested paths, nested maps keep their shape,
 * requested list elements are gathered in index order into a shorter list, and paths that do not
 * exist are left out (so are maps and lists left empty by that). Values are shared with the
 * item, not copied.
 */
import type { AttributeMap, AttributeValue } from '../values/attribute-value.js';
import type { DocumentPath } from './ast.js';

/** The requested paths merged into a tree, built once per request and applied to every item. */
export interface ProjectionPlan {
  readonly keys: ReadonlyMap<string, ProjectionNode>;
}

interface ProjectionNode {
  /** The whole value is requested. */
  leaf: boolean;
  keys: Map<string, ProjectionNode> | undefined;
  /** Requested indexes, ascending once planned. */
  indexes: Map<number, ProjectionNode> | undefined;
}

function node(): ProjectionNode {
  return { leaf: false, keys: undefined, indexes: undefined };
}

export function planProjection(paths: readonly DocumentPath[]): ProjectionPlan {
  const root = new Map<string, ProjectionNode>();
  for (const path of paths) {
    const head = path[0] as string;
    let current = root.get(head);
    if (current === undefined) root.set(head, (current = node()));
    for (let index = 1; index < path.length; index++) {
      const element = path[index] as string | number;
      let next: ProjectionNode | undefined;
      if (typeof element === 'number') {
        current.indexes ??= new Map();
        next = current.indexes.get(element);
        if (next === undefined) current.indexes.set(element, (next = node()));
      } else {
        current.keys ??= new Map();
        next = current.keys.get(element);
        if (next === undefined) current.keys.set(element, (next = node()));
      }
      current = next;
    }
    current.leaf = true;
  }
  for (const child of root.values()) sortIndexes(child);
  return { keys: root };
}

function sortIndexes(current: ProjectionNode): void {
  if (current.indexes !== undefined) {
    current.indexes = new Map([...current.indexes.entries()].sort((a, b) => a[0] - b[0]));
    for (const child of current.indexes.values()) sortIndexes(child);
  }
  if (current.keys !== undefined) for (const child of current.keys.values()) sortIndexes(child);
}

function project(value: AttributeValue, plan: ProjectionNode): AttributeValue | undefined {
  if (plan.leaf) return value;
  if (plan.keys !== undefined && 'M' in value) {
    const map = projectMap(value.M, plan.keys);
    return map === undefined ? undefined : { M: map };
  }
  if (plan.indexes !== undefined && 'L' in value) {
    const list: AttributeValue[] = [];
    for (const [index, child] of plan.indexes) {
      const element = value.L[index];
      if (element === undefined) continue;
      const projected = project(element, child);
      if (projected !== undefined) list.push(projected);
    }
    return list.length === 0 ? undefined : { L: list };
  }
  return undefined;
}

function projectMap(map: AttributeMap, keys: ReadonlyMap<string, ProjectionNode>): AttributeMap | undefined {
  let result: Record<string, AttributeValue> | undefined;
  for (const [key, child] of keys) {
    if (!Object.hasOwn(map, key)) continue;
    const projected = project(map[key] as AttributeValue, child);
    if (projected === undefined) continue;
    result ??= {};
    result[key] = projected;
  }
  return result;
}

/** The projected item; empty when nothing requested exists. */
export function applyProjection(plan: ProjectionPlan, item: AttributeMap): AttributeMap {
  return projectMap(item, plan.keys) ?? {};
}
