/**
 * ADD and DELETE on DynamoDB sets, for the model. Elements are the same when DynamoDB holds
 * them as the same value, which for binaries means the same bytes, not the same object.
 */
import type { SetValue } from '../../../../ports/document-value.js';
import { canonicalString } from './normalize-value.js';

type Element = SetValue extends ReadonlySet<infer E> ? E : never;

function byCanonical(set: SetValue): Map<string, Element> {
  return new Map([...(set as ReadonlySet<Element>)].map((element) => [canonicalString(element), element]));
}

export function setUnion(left: SetValue | undefined, right: SetValue): SetValue {
  const merged = left === undefined ? new Map<string, Element>() : byCanonical(left);
  for (const [key, element] of byCanonical(right)) if (!merged.has(key)) merged.set(key, element);
  return new Set(merged.values()) as SetValue;
}

/** The difference, or undefined when nothing is left: DynamoDB removes an emptied set. */
export function setDifference(left: SetValue, right: SetValue): SetValue | undefined {
  const removed = byCanonical(right);
  const kept = [...byCanonical(left)].filter(([key]) => !removed.has(key)).map(([, element]) => element);
  return kept.length === 0 ? undefined : (new Set(kept) as SetValue);
}
