/**
 * Error guards test a Symbol.for brand instead of `instanceof`, so that an error thrown by one copy
 * of this package is recognised by another copy (two versions in one node_modules tree).
 */
export function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Partial<Record<symbol, unknown>>)[brand] === true;
}
