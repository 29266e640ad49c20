import type { ConstraintViolations } from './constraint-violations.js';

/**
 * A declarative description of one request member as DynamoDB's service model constrains it.
 * Shapes list their members in the order DynamoDB checks (and reports) them; the order matters
 * because the joined message lists failures in that order.
 */
export type MemberType = 'string' | 'boolean' | 'integer' | 'long' | 'double' | 'blob' | 'list' | 'map' | 'structure' | 'any';

export interface MemberRule {
  /** The JSON type the member must have; a mismatch is a SerializationException. Default `any`. */
  readonly type?: MemberType;
  /** DynamoDB's shape name for structures and map values, as its serialization errors name it. */
  readonly shapeName?: string;
  readonly required?: boolean;
  /** DynamoDB's own pattern text; the whole value must match. */
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly oneOf?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** The members of a structure, in DynamoDB's order. */
  readonly fields?: Shape;
  /** The rule for each element of a list; reported at `<path>.<n>.member`, counting from 1. */
  readonly items?: MemberRule;
  /** The rule for each value of a map; reported at `<path>.<key>.member`. */
  readonly entries?: MemberRule;
  /**
   * Length bounds every value of a map must keep. DynamoDB reports a breach once, on the map
   * itself ("Map value must satisfy constraint: [...]"), not on the value.
   */
  readonly entryLength?: { readonly min: number; readonly max: number };
  /** Renders the value for length messages when Java's rendering differs from the default. */
  readonly render?: (value: unknown) => string;
  /**
   * Replaces the declarative constraints (pattern to max) of a present value with a check of its
   * own, for members whose rules depend on the value (a table name or a table ARN).
   */
  readonly custom?: (path: string, value: unknown, violations: ConstraintViolations) => void;
}

/** Members by their wire name, in the order DynamoDB checks them. */
export type Shape = Readonly<Record<string, MemberRule>>;
