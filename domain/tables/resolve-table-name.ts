/**
 * A table's name from the environment: the domain never reads process.env, so the caller passes
 * the environment in (`resolveTableName(spec, process.env)`).
 */
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isValidTableName, type TableSpec } from './table-spec.js';

export type Environment = Readonly<Record<string, string | undefined>>;

export function resolveTableName(spec: TableSpec, environment: Environment = {}): string {
  const variable = spec.tableName.environmentVariable;
  const configured = environment[variable];
  if (configured === undefined || configured === '') return spec.tableName.default;
  if (!isValidTableName(configured)) throw new InvalidInputError(variable, `names the table ${JSON.stringify(configured)}, but table names are 3 to 255 characters of A-Z, a-z, 0-9, _, - and .`);
  return configured;
}
