import type { AttributeMap, AttributeValue } from './attribute-value.js';

/**
 * An attribute value seen through optional members. Reading `value.S` and testing for undefined
 * is several times faster than `'S' in value` on the many shapes values come in (the `in` operator
 * has no fast path for megamorphic sites in V8), and the type checks on the hot path use this.
 */
export interface LooseAttributeValue {
  readonly S?: string;
  readonly N?: string;
  readonly B?: Uint8Array;
  readonly SS?: readonly string[];
  readonly NS?: readonly string[];
  readonly BS?: readonly Uint8Array[];
  readonly M?: AttributeMap;
  readonly L?: readonly AttributeValue[];
  readonly NULL?: true;
  readonly BOOL?: boolean;
}

export function loose(value: AttributeValue): LooseAttributeValue {
  return value;
}
