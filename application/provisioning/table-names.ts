/**
 * The physical table name of each spec: an override for the spec's id if one is given, otherwise
 * the name from the spec's environment variable or its default; a prefix goes in front of either
 * (tests and per-environment stacks use it to keep their tables apart).
 */
import { isValidTableName, type TableSpec } from '../../domain/tables/table-spec.js';
import { resolveTableName, type Environment } from '../../domain/tables/resolve-table-name.js';
import { ProvisioningError } from './provisioning-error.js';

export interface TableNameOptions {
  /** Put in front of every name, such as `staging-` or a test's unique run id. */
  readonly prefix?: string | undefined;
  /** Names by spec id (`{ MessageStore: 'orders-messages' }`); the prefix still applies. */
  readonly overrides?: Readonly<Record<string, string>> | undefined;
  /** Where the specs' environment variables are read; nothing by default. */
  readonly environment?: Environment | undefined;
}

export function tableNameFor(spec: TableSpec, options: TableNameOptions = {}): string {
  const base = options.overrides?.[spec.id] ?? resolveTableName(spec, options.environment ?? {});
  const name = `${options.prefix ?? ''}${base}`;
  if (!isValidTableName(name)) {
    throw new ProvisioningError('InvalidOptions', `The table name ${JSON.stringify(name)} for ${spec.id} is not valid: table names are 3 to 255 characters of A-Z, a-z, 0-9, _, - and .`, name);
  }
  return name;
}

/** Names for several specs at once; two specs must not end up on the same table. */
export function tableNamesFor(specs: readonly TableSpec[], options: TableNameOptions = {}): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const spec of specs) {
    const name = tableNameFor(spec, options);
    const owner = owners.get(name);
    if (owner !== undefined) throw new ProvisioningError('InvalidOptions', `${owner} and ${spec.id} would both use the table ${name}`, name);
    owners.set(name, spec.id);
    names.set(spec.id, name);
  }
  return names;
}
