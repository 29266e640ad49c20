/**
 * The member rules of table and index names, shared by every operation that names a table or an
 * index: 3 to 255 characters of `[a-zA-Z0-9_.-]`, reported pattern first, then length.
 */
import type { MemberRule } from './member-rule.js';

export const NAME_PATTERN = '[a-zA-Z0-9_.-]+';
export const NAME_MIN_LENGTH = 3;
export const NAME_MAX_LENGTH = 255;

/** A table or index name that may be absent (ExclusiveStartTableName, Query's IndexName). */
export const optionalNameRule: MemberRule = {
  type: 'string',
  pattern: NAME_PATTERN,
  minLength: NAME_MIN_LENGTH,
  maxLength: NAME_MAX_LENGTH,
};

/** A table or index name the request must carry. */
export const nameRule: MemberRule = { ...optionalNameRule, required: true };

/** Whether a string is a valid table or index name. */
export function isValidName(name: string): boolean {
  return name.length >= NAME_MIN_LENGTH && name.length <= NAME_MAX_LENGTH && /^[a-zA-Z0-9_.-]+$/u.test(name);
}
