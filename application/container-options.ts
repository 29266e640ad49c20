/** What createContainer accepts, and the checks that turn bad options into a clear error. */
import type { Clock } from '../ports/clock.js';
import type { IdGenerator } from '../ports/id-generator.js';
import type { Telemetry } from '../ports/telemetry.js';
import { ContainerOptionsError } from './container-options-error.js';

export interface AwsStorageOptions {
  readonly storage: 'aws';
  readonly region?: string | undefined;
  readonly endpoint?: string | undefined;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string | undefined } | undefined;
  readonly wrapNumbers?: boolean | undefined;
}

export type StorageOptions = AwsStorageOptions;

export interface CommonOptions {
  readonly clock?: Clock | undefined;
  readonly idGenerator?: IdGenerator | undefined;
  readonly telemetry?: Telemetry | undefined;
}

export type ContainerOptions = StorageOptions & CommonOptions;

export const STORAGE_KINDS = ['aws'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(options: Record<string, unknown>, name: string, path: string): void {
  const value = options[name];
  if (value !== undefined && (typeof value !== 'string' || value.length === 0)) {
    throw new ContainerOptionsError(`${path}${name}`, `expected a non-empty string, got ${JSON.stringify(value)}`);
  }
}

function checkEndpoint(options: Record<string, unknown>, path: string): void {
  optionalString(options, 'endpoint', path);
  const endpoint = options['endpoint'];
  if (typeof endpoint === 'string' && !URL.canParse(endpoint)) {
    throw new ContainerOptionsError(`${path}endpoint`, `expected a URL such as http://127.0.0.1:8000, got ${JSON.stringify(endpoint)}`);
  }
}

function checkCredentials(options: Record<string, unknown>, path: string): void {
  const credentials = options['credentials'];
  if (credentials === undefined) return;
  if (!isRecord(credentials)) throw new ContainerOptionsError(`${path}credentials`, 'expected { accessKeyId, secretAccessKey, sessionToken? }');
  for (const field of ['accessKeyId', 'secretAccessKey']) {
    // Never echo the value: it may be a secret.
    if (typeof credentials[field] !== 'string' || credentials[field] === '') {
      throw new ContainerOptionsError(`${path}credentials.${field}`, 'expected a non-empty string');
    }
  }
}

/** Checks options that arrive untyped (from JavaScript, JSON or the command line). */
export function checkStorageOptions(options: unknown, path = ''): asserts options is ContainerOptions {
  if (!isRecord(options)) throw new ContainerOptionsError(path === '' ? 'options' : path.slice(0, -1), 'expected an object');
  const storage = options['storage'];
  if (!(STORAGE_KINDS as readonly unknown[]).includes(storage)) {
    throw new ContainerOptionsError(`${path}storage`, `expected one of ${STORAGE_KINDS.map((kind) => `'${kind}'`).join(', ')}, got ${JSON.stringify(storage)}`);
  }
  optionalString(options, 'region', path);
  checkEndpoint(options, path);
  checkCredentials(options, path);
}
