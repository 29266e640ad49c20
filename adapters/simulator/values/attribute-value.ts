/**
 * DynamoDB's wire form of a value: exactly one type tag per value. The simulator's engine keeps
 * items in this form so that it can be exact: numbers stay decimal strings (canonical form once
 * stored), binaries stay bytes, sets keep their type.
 */
export type AttributeValue =
  | { readonly S: string }
  | { readonly N: string }
  | { readonly B: Uint8Array }
  | { readonly SS: readonly string[] }
  | { readonly NS: readonly string[] }
  | { readonly BS: readonly Uint8Array[] }
  | { readonly M: AttributeMap }
  | { readonly L: readonly AttributeValue[] }
  | { readonly NULL: true }
  | { readonly BOOL: boolean };

export type AttributeMap = Readonly<Record<string, AttributeValue>>;

/** The type tags, in the order DynamoDB's documentation lists them. */
export type AttributeType = 'S' | 'N' | 'B' | 'SS' | 'NS' | 'BS' | 'M' | 'L' | 'NULL' | 'BOOL';
