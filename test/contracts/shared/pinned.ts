/**
 * Values the store assigns that the model cannot predict without the store's clock or id
 * generator (generated ids, times): the model learns each at its first observation, and every
 * later observation must agree, since stored records never change them.
 */
import { expect } from 'chai';

export class Pinned<T> {
  private value: T | undefined;

  constructor(known?: T) {
    this.value = known;
  }

  get current(): T | undefined {
    return this.value;
  }

  /** The value, learned now if it was not known; a different one fails the property. */
  observe(actual: T, what: string): T {
    if (this.value === undefined) this.value = actual;
    else expect(actual, what).to.deep.equal(this.value);
    return actual;
  }
}
