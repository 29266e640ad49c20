/** Reads a document path in an item: map keys step into maps, indexes into lists. */
import type { AttributeMap, AttributeValue } from '../values/attribute-value.js';
import type { DocumentPath } from './ast.js';

export function valueAtPath(item: AttributeMap, path: DocumentPath): AttributeValue | undefined {
  let current: AttributeValue | undefined = item[path[0] as string];
  for (let index = 1; index < path.length && current !== undefined; index++) {
    const element = path[index] as string | number;
    if (typeof element === 'number') current = 'L' in current ? current.L[element] : undefined;
    else current = 'M' in current && Object.hasOwn(current.M, element) ? current.M[element] : undefined;
  }
  return current;
}
