/** Thrown by createContainer for options it cannot use; the message names the option. */
const BRAND = Symbol.for('dynamo-hexagon.ContainerOptionsError');

export class ContainerOptionsError extends Error {
  readonly [BRAND] = true;
  /** The option at fault, as a path such as `target.endpoint`. */
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`Invalid container option \`${option}\`: ${problem}`);
    this.name = 'ContainerOptionsError';
    this.option = option;
  }

  static is(value: unknown): value is ContainerOptionsError {
    return typeof value === 'object' && value !== null && (value as Partial<Record<typeof BRAND, unknown>>)[BRAND] === true;
  }
}
