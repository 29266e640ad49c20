import { hasBrand } from './has-brand.js';

const BRAND = Symbol.for('dynamo-hexagon.SchemaVersionError');

export type SchemaVersionProblem = 'missing-upcaster' | 'newer-than-current' | 'invalid-registry';

/** An event whose schema version cannot be brought to the current one. */
export class SchemaVersionError extends Error {
  readonly [BRAND] = true;
  readonly eventType: string;
  readonly schemaVersion: number;
  readonly problem: SchemaVersionProblem;

  constructor(eventType: string, schemaVersion: number, problem: SchemaVersionProblem, message: string) {
    super(message);
    this.name = 'SchemaVersionError';
    this.eventType = eventType;
    this.schemaVersion = schemaVersion;
    this.problem = problem;
  }

  static is(value: unknown): value is SchemaVersionError {
    return hasBrand(value, BRAND);
  }
}
