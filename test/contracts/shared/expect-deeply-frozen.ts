import { expect } from 'chai';

/** The value and everything inside it is frozen: a caller cannot change a stored record's copy. */
export function expectDeeplyFrozen(value: unknown, what: string): void {
  if (typeof value !== 'object' || value === null) return;
  expect(Object.isFrozen(value), `${what} is frozen`).to.equal(true);
  for (const [key, inner] of Object.entries(value)) expectDeeplyFrozen(inner, `${what}.${key}`);
}
