/**
 * Declares a store contract's properties as mocha tests: one test per property, or a pending test
 * that names what the adapter declared it lacks. The title mocha reports is the one a property
 * prints with its seed, so a failure says how to replay it.
 */
export interface DeclaredProperty {
  readonly title: string;
  /** Why the property cannot run on this adapter, if it cannot. */
  readonly missing: string | undefined;
  run(title: string): Promise<void>;
}

export function declareProperties(properties: readonly DeclaredProperty[], timeoutMs: number): void {
  for (const property of properties) {
    if (property.missing !== undefined) {
      it.skip(`${property.title} (pending: the adapter declares ${property.missing})`);
      continue;
    }
    it(property.title, async function () {
      this.timeout(timeoutMs);
      await property.run(this.test?.fullTitle() ?? property.title);
    });
  }
}
