import { Buffer } from 'node:buffer';
import { bytesEqual } from './compare-bytes.js';
import {
  BINARY_SET_DUPLICATES_MESSAGE, EMPTY_BINARY_SET_MESSAGE, EMPTY_NUMBER_SET_MESSAGE, EMPTY_STRING_SET_MESSAGE,
  NULL_BINARY_IN_SET_MESSAGE, NULL_STRING_IN_SET_MESSAGE, NUMBER_SET_DUPLICATES_MESSAGE, stringSetDuplicatesMessage,
} from './value-messages.js';
import { NOT_A_NUMBER_MESSAGE } from './decimal.js';
import { canonicalNumberIn, invalidValue, typeMismatch, type ValueContext } from './value-context.js';

/** Up to this size duplicates are found by comparing pairs, which allocates nothing. */
const PAIRWISE_LIMIT = 12;

/**
 * A set checked as DynamoDB checks it and copied. String and binary sets: not empty, then no
 * duplicates among all members, then no null member. Number sets: not empty, then member by
 * member a valid number that is not equal in value to an earlier one (`1` and `1.0` are
 * duplicates). Members keep the request's order.
 */
export function canonicalSet(tag: 'SS' | 'NS' | 'BS', content: unknown, context: ValueContext): string[] | Uint8Array[] {
  if (!Array.isArray(content)) throw typeMismatch('List', content);
  const members = content as readonly unknown[];
  if (tag === 'NS') return numberSet(members, context);
  if (members.length === 0) throw invalidValue(context, tag === 'SS' ? EMPTY_STRING_SET_MESSAGE : EMPTY_BINARY_SET_MESSAGE);
  return tag === 'SS' ? stringSet(members, context) : binarySet(members, context);
}

function stringSet(members: readonly unknown[], context: ValueContext): string[] {
  for (const member of members) if (member !== null && member !== undefined && typeof member !== 'string') throw typeMismatch('String', member);
  if (hasDuplicates(members, (a, b) => a === b || (a == null && b == null))) throw invalidValue(context, stringSetDuplicatesMessage(members));
  for (const member of members) if (member === null || member === undefined) throw invalidValue(context, NULL_STRING_IN_SET_MESSAGE);
  return (members as string[]).slice();
}

function binarySet(members: readonly unknown[], context: ValueContext): Uint8Array[] {
  for (const member of members) if (member !== null && member !== undefined && !(member instanceof Uint8Array)) throw typeMismatch('Blob', member);
  const same = (a: unknown, b: unknown): boolean => (a == null ? b == null : b != null && bytesEqual(a as Uint8Array, b as Uint8Array));
  if (hasDuplicates(members, same, binaryKey)) throw invalidValue(context, BINARY_SET_DUPLICATES_MESSAGE);
  const result = new Array<Uint8Array>(members.length);
  for (let index = 0; index < members.length; index++) {
    const member = members[index];
    if (member === null || member === undefined) throw invalidValue(context, NULL_BINARY_IN_SET_MESSAGE);
    result[index] = new Uint8Array(member as Uint8Array);
  }
  return result;
}

function numberSet(members: readonly unknown[], context: ValueContext): string[] {
  if (members.length === 0) throw invalidValue(context, EMPTY_NUMBER_SET_MESSAGE);
  const result = new Array<string>(members.length);
  const seen = members.length > PAIRWISE_LIMIT ? new Set<string>() : undefined;
  for (let index = 0; index < members.length; index++) {
    const member = members[index];
    if (member === null || member === undefined) throw invalidValue(context, NOT_A_NUMBER_MESSAGE);
    if (typeof member !== 'string') throw typeMismatch('String', member);
    const canonical = canonicalNumberIn(member, context);
    if (seen === undefined ? index > 0 && result.lastIndexOf(canonical, index - 1) >= 0 : seen.has(canonical)) throw invalidValue(context, NUMBER_SET_DUPLICATES_MESSAGE);
    seen?.add(canonical);
    result[index] = canonical;
  }
  return result;
}

function binaryKey(member: unknown): unknown {
  return member == null ? member : Buffer.from((member as Uint8Array).buffer, (member as Uint8Array).byteOffset, (member as Uint8Array).length).toString('latin1');
}

function hasDuplicates(members: readonly unknown[], same: (a: unknown, b: unknown) => boolean, key: (member: unknown) => unknown = (member) => member): boolean {
  if (members.length <= PAIRWISE_LIMIT) {
    for (let i = 1; i < members.length; i++) for (let j = 0; j < i; j++) if (same(members[i], members[j])) return true;
    return false;
  }
  const seen = new Set<unknown>();
  for (const member of members) seen.add(key(member == null ? null : member));
  return seen.size !== members.length;
}
