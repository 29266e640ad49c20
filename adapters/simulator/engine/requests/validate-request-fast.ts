/**
 * The request-shape validation of the item operations, with a fast path. The full validation
 * (validation/check-constraints) builds DynamoDB's exact messages and is thorough, and costs a few
 * microseconds per request; most requests are valid. So a compiled-free, conservative check runs
 * first: it only ever accepts requests the full validation accepts (anything unusual, or any
 * constraint it cannot decide cheaply, falls through to the full validation). Strings under a
 * pattern or a custom rule (table and index names) are accepted fast once the full validation has
 * accepted them.
 */
import { validateRequest } from '../../validation/check-constraints.js';
import type { MemberRule, Shape } from '../../validation/member-rule.js';
import type { ValidatedRequest } from '../engine-context.js';

const MAX_REMEMBERED = 1024;
const accepted = new WeakMap<MemberRule, Set<string>>();

function isStructure(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function lengthWithin(length: number, rule: MemberRule): boolean {
  return (rule.minLength === undefined || length >= rule.minLength) && (rule.maxLength === undefined || length <= rule.maxLength);
}

function stringAccepted(value: string, rule: MemberRule): boolean {
  if (rule.custom !== undefined || rule.pattern !== undefined) return accepted.get(rule)?.has(value) === true;
  if (rule.render !== undefined || !lengthWithin(value.length, rule)) return false;
  return rule.oneOf === undefined || rule.oneOf.includes(value);
}

function valueAccepted(value: unknown, rule: MemberRule): boolean {
  switch (rule.type ?? 'any') {
    case 'any':
      return rule.custom === undefined && rule.pattern === undefined;
    case 'string':
      return typeof value === 'string' && stringAccepted(value, rule);
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
    case 'long':
      return typeof value === 'number' && Number.isInteger(value) && (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);
    case 'structure':
      return isStructure(value) && (rule.fields === undefined || shapeAccepted(value, rule.fields));
    case 'map': {
      if (!isStructure(value)) return false;
      let count = 0;
      const entries = rule.entries;
      const bounds = rule.entryLength;
      for (const key in value) {
        count += 1;
        const entry = value[key];
        if (entries !== undefined && (entry === null || entry === undefined || !valueAccepted(entry, entries))) return false;
        if (bounds !== undefined && (!Array.isArray(entry) || entry.length < bounds.min || entry.length > bounds.max)) return false;
      }
      return lengthWithin(count, rule);
    }
    case 'list': {
      if (!Array.isArray(value) || !lengthWithin(value.length, rule)) return false;
      const items = rule.items;
      if (items !== undefined) for (const element of value) if (element === null || element === undefined || !valueAccepted(element, items)) return false;
      return true;
    }
    default:
      return false;
  }
}

function shapeAccepted(structure: Readonly<Record<string, unknown>>, shape: Shape): boolean {
  for (const name in shape) {
    const rule = shape[name] as MemberRule;
    const value = structure[name];
    if (value === null || value === undefined) {
      if (rule.required === true) return false;
      continue;
    }
    if (!valueAccepted(value, rule)) return false;
  }
  return true;
}

/** Remembers the names a full validation accepted, so the fast check accepts them next time. */
function remember(structure: Readonly<Record<string, unknown>>, shape: Shape): void {
  for (const name in shape) {
    const rule = shape[name] as MemberRule;
    const value = structure[name];
    if (typeof value === 'string' && (rule.custom !== undefined || rule.pattern !== undefined)) {
      let names = accepted.get(rule);
      if (names === undefined) accepted.set(rule, (names = new Set()));
      if (names.size < MAX_REMEMBERED) names.add(value);
    } else if (rule.fields !== undefined && isStructure(value)) {
      remember(value, rule.fields);
    } else if (rule.items?.fields !== undefined && Array.isArray(value)) {
      for (const element of value) if (isStructure(element)) remember(element, rule.items.fields);
    }
  }
}

export function validateRequestFast(request: unknown, shape: Shape): ValidatedRequest {
  if (isStructure(request) && shapeAccepted(request, shape)) return request;
  const validated = validateRequest(request, shape);
  remember(validated, shape);
  return validated;
}
