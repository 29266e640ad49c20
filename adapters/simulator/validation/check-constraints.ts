/**
 * Checks a request against its shape as DynamoDB's service model does: first the JSON types
 * (SerializationException at the first mismatch), then every member's constraints in the
 * shape's order, a member's own constraints before those of its children, collected into one
 * ValidationException.
 */
import { checkMemberTypes, requestStructure } from './check-member-types.js';
import { ConstraintViolations } from './constraint-violations.js';
import type { MemberRule, Shape } from './member-rule.js';

/** `TableName` becomes `tableName`, as DynamoDB names members in its messages. */
export function memberPath(parent: string, wireName: string): string {
  const own = wireName.length === 0 ? wireName : `${wireName.charAt(0).toLowerCase()}${wireName.slice(1)}`;
  return parent.length === 0 ? own : `${parent}.${own}`;
}

function checkMember(path: string, value: unknown, rule: MemberRule, violations: ConstraintViolations): void {
  if (violations.full) return;
  if (value === null || value === undefined) {
    if (rule.required === true) violations.notNull(path, value);
    return;
  }
  if (rule.custom === undefined) {
    const rendered = rule.render?.(value);
    if (rule.pattern !== undefined) violations.pattern(path, value, rule.pattern);
    if (rule.minLength !== undefined) violations.minLength(path, value, rule.minLength, rendered);
    if (rule.maxLength !== undefined) violations.maxLength(path, value, rule.maxLength, rendered);
    if (rule.oneOf !== undefined) violations.oneOf(path, value, rule.oneOf);
    if (rule.min !== undefined) violations.min(path, value, rule.min);
    if (rule.max !== undefined) violations.max(path, value, rule.max);
  } else {
    rule.custom(path, value, violations);
  }
  if (rule.entryLength !== undefined && typeof value === 'object') violations.mapValueLength(path, value, rule.entryLength, rule.render?.(value));
  if (rule.fields !== undefined && typeof value === 'object') {
    checkFields(value as Readonly<Record<string, unknown>>, rule.fields, violations, path);
  }
  if (rule.items !== undefined && Array.isArray(value)) {
    const items = rule.items;
    value.forEach((element, index) => { checkMember(`${path}.${index + 1}.member`, element, items, violations); });
  }
  if (rule.entries !== undefined && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value as Readonly<Record<string, unknown>>)) {
      checkMember(`${path}.${key}.member`, entry, rule.entries, violations);
    }
  }
}

/** Checks the constraints of a structure's members, adding to `violations`; `parent` prefixes the paths. */
export function checkFields(
  structure: Readonly<Record<string, unknown>>,
  shape: Shape,
  violations: ConstraintViolations,
  parent = '',
): ConstraintViolations {
  for (const [name, rule] of Object.entries(shape)) {
    checkMember(memberPath(parent, name), structure[name], rule, violations);
  }
  return violations;
}

/**
 * The usual entry point: checks types and constraints of a whole request and returns the
 * violations found so far, so that the caller can add the checks DynamoDB runs in the same pass
 * before calling `throwIfAny()`. Throws SerializationException for a member of the wrong type.
 */
export function checkConstraints(request: unknown, shape: Shape): { readonly request: Readonly<Record<string, unknown>>; readonly violations: ConstraintViolations } {
  const structure = requestStructure(request);
  checkMemberTypes(structure, shape);
  return { request: structure, violations: checkFields(structure, shape, new ConstraintViolations()) };
}

/** Checks a whole request and throws at once if anything failed; returns the request as a structure. */
export function validateRequest(request: unknown, shape: Shape): Readonly<Record<string, unknown>> {
  const checked = checkConstraints(request, shape);
  checked.violations.throwIfAny();
  return checked.request;
}
