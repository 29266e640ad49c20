/** The grammar of projection expressions: path (, path)*. */
import type { RawPath } from './raw-ast.js';
import { parsePath } from './parse-operand.js';
import type { TokenCursor } from './token-cursor.js';

export function parseProjection(cursor: TokenCursor): readonly RawPath[] {
  const paths = [parsePath(cursor)];
  while (cursor.isPunctuation(',')) {
    cursor.next();
    paths.push(parsePath(cursor));
  }
  cursor.expectEnd();
  return paths;
}
