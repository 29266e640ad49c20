/** Typed reads of the members of a request whose shape (and so member types) was validated. */
import type { AttributeMap } from '../../values/attribute-value.js';
import type { ValidatedRequest } from '../engine-context.js';

export function stringMember(request: ValidatedRequest, name: string): string | undefined {
  const value = request[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanMember(request: ValidatedRequest, name: string): boolean | undefined {
  const value = request[name];
  return typeof value === 'boolean' ? value : undefined;
}

export function numberMember(request: ValidatedRequest, name: string): number | undefined {
  const value = request[name];
  return typeof value === 'number' ? value : undefined;
}

/** A map member, as given (its values are still unvalidated wire values). */
export function mapMember(request: ValidatedRequest, name: string): Readonly<Record<string, unknown>> | undefined {
  const value = request[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Readonly<Record<string, unknown>>) : undefined;
}

export function listMember(request: ValidatedRequest, name: string): readonly unknown[] | undefined {
  const value = request[name];
  return Array.isArray(value) ? value : undefined;
}

/** A member that the shape requires to be present. */
export function requiredMember(request: ValidatedRequest, name: string): unknown {
  return request[name];
}

export type { AttributeMap };
