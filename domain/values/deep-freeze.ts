/** Deep immutability for values the library hands out (typed readonly already). */
/**
 * Freezes a value and everything it holds, in place. Only for values the library owns (freshly
 * read items, objects it built): callers' objects are copied instead (see frozen-json.ts). An
 * already frozen object is still walked: freezing is shallow, so its children may not be.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
