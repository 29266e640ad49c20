/**
 * Which value each numbered placeholder stands for in this run, both ways. Recording numbers new
 * values as they come; replay binds a recorded number to the value the run uses, and refuses a
 * request that would bind one number to two values or one value to two numbers.
 */
export interface Binding {
  readonly name: string;
  readonly n: number;
  readonly value: string;
}

interface Table {
  readonly values: Map<number, string>;
  readonly numbers: Map<string, number>;
  next: number;
}

export class Bindings {
  readonly #tables = new Map<string, Table>();
  /** Every bound value, by the name it was first bound under. */
  readonly #names = new Map<string, string>();

  /** The name a value is bound under, if any (a run-dependent value met again elsewhere). */
  readonly nameOf = (value: string): string | undefined => this.#names.get(value);

  #table(name: string): Table {
    let table = this.#tables.get(name);
    if (table === undefined) {
      table = { values: new Map(), numbers: new Map(), next: 1 };
      this.#tables.set(name, table);
    }
    return table;
  }

  valueOf(name: string, n: number): string | undefined {
    return this.#tables.get(name)?.values.get(n);
  }

  numberOf(name: string, value: string): number | undefined {
    return this.#tables.get(name)?.numbers.get(value);
  }

  /** The number of `value`, numbering it next if it is new. */
  numberFor(name: string, value: string): number {
    const table = this.#table(name);
    const known = table.numbers.get(value);
    if (known !== undefined) return known;
    while (table.values.has(table.next)) table.next += 1;
    const n = table.next;
    this.bind(name, n, value);
    return n;
  }

  bind(name: string, n: number, value: string): void {
    const table = this.#table(name);
    table.values.set(n, value);
    table.numbers.set(value, n);
    if (!this.#names.has(value)) this.#names.set(value, name);
    if (n >= table.next) table.next = n + 1;
  }

  /** The first binding that contradicts what is bound (or an earlier one of `bindings`), if any. */
  conflict(bindings: readonly Binding[]): Binding | undefined {
    let pending: Map<string, string> | undefined;
    let pendingNumbers: Map<string, number> | undefined;
    for (const binding of bindings) {
      const numberKey = `${binding.name}\u0000${binding.n}`;
      const valueKey = `${binding.name}\u0000${binding.value}`;
      const value = this.valueOf(binding.name, binding.n) ?? pending?.get(numberKey);
      if (value !== undefined) {
        if (value !== binding.value) return binding;
        continue;
      }
      const n = this.numberOf(binding.name, binding.value) ?? pendingNumbers?.get(valueKey);
      if (n !== undefined && n !== binding.n) return binding;
      (pending ??= new Map()).set(numberKey, binding.value);
      (pendingNumbers ??= new Map()).set(valueKey, binding.n);
    }
    return undefined;
  }

  /** Binds all of `bindings` if none contradicts; says whether it did. */
  bindAll(bindings: readonly Binding[]): boolean {
    if (this.conflict(bindings) !== undefined) return false;
    for (const binding of bindings) this.bind(binding.name, binding.n, binding.value);
    return true;
  }
}
