/** Resolves a parsed document path against the request's ExpressionAttributeNames. */
import type { DocumentPath, PathElement } from './ast.js';
import type { ExpressionKind } from './expression-error.js';
import type { PlaceholderScope } from './placeholder-scope.js';
import type { RawPath } from './raw-ast.js';

export function resolvePath(kind: ExpressionKind, path: RawPath, scope: PlaceholderScope): DocumentPath {
  const elements: PathElement[] = [];
  for (const element of path.elements) {
    if (element.kind === 'identifier') elements.push(element.name);
    else if (element.kind === 'index') elements.push(element.index);
    else elements.push(scope.name(kind, element.placeholder));
  }
  return elements;
}

export function samePath(a: DocumentPath, b: DocumentPath): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
