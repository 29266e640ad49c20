/**
 * Builders for the entries of known-deviations.ts, each strict about both sides: a deviation in
 * an error message requires DynamoDB Local's known message and the simulator's DynamoDB message;
 * a deviation in a table description rewrites only the members it names.
 */
import type { DeviationContext, KnownDeviation } from './deviation.js';
import type { Outcome } from './outcome.js';

type Pattern = string | RegExp;

/** Types an entry written as an object literal. */
export const deviation = (entry: KnownDeviation): KnownDeviation => entry;

const matches = (pattern: Pattern, text: string): boolean => (typeof pattern === 'string' ? pattern === text : pattern.test(text));

export interface MessageDeviation {
  readonly id: string;
  readonly local: string;
  readonly dynamodb: string;
  readonly source: string;
  /** Operations where it shows (all when left out). */
  readonly operations?: readonly string[];
  /** DynamoDB Local's error name and message. */
  readonly localError: readonly [name: string, message: Pattern];
  /** DynamoDB's error name and message (a function of the step where the message names something from it). */
  readonly dynamodbError: readonly [name: string, message: Pattern | ((context: DeviationContext) => Pattern)];
  readonly divergesState?: boolean;
}

/** DynamoDB and DynamoDB Local refuse the request with different words (or error names). */
export function messageDeviation(spec: MessageDeviation): KnownDeviation {
  return {
    id: spec.id, local: spec.local, dynamodb: spec.dynamodb, source: spec.source,
    ...(spec.divergesState === true ? { divergesState: true } : {}),
    reconcile(context, local, simulator) {
      if (spec.operations !== undefined && !spec.operations.includes(context.step.operation)) return undefined;
      if (local.ok || simulator.ok) return undefined;
      const [localName, localMessage] = spec.localError;
      const [dynamodbName, dynamodbMessage] = spec.dynamodbError;
      const expected = typeof dynamodbMessage === 'function' ? dynamodbMessage(context) : dynamodbMessage;
      if (local.name !== localName || !matches(localMessage, local.message) || simulator.name !== dynamodbName || !matches(expected, simulator.message)) return undefined;
      const agreed = `<${spec.id}>`;
      return [{ ...local, name: agreed, message: agreed }, { ...simulator, name: agreed, message: agreed }];
    },
  };
}

/** DynamoDB Local fails where DynamoDB succeeds (or the reverse): the outcomes agree on nothing more. */
export function outcomeDeviation(spec: Omit<MessageDeviation, 'localError' | 'dynamodbError'> & {
  readonly localOutcome: (outcome: Outcome, context: DeviationContext) => boolean;
  readonly dynamodbOutcome: (outcome: Outcome, context: DeviationContext) => boolean;
}): KnownDeviation {
  return {
    id: spec.id, local: spec.local, dynamodb: spec.dynamodb, source: spec.source,
    ...(spec.divergesState === true ? { divergesState: true } : {}),
    reconcile(context, local, simulator) {
      if (spec.operations !== undefined && !spec.operations.includes(context.step.operation)) return undefined;
      if (!spec.localOutcome(local, context) || !spec.dynamodbOutcome(simulator, context)) return undefined;
      const agreed: Outcome = { ok: false, name: `<${spec.id}>`, message: '', extras: {} };
      return [agreed, agreed];
    },
  };
}

export type Description = Record<string, unknown>;

const TABLE_OPERATIONS = ['CreateTable', 'DescribeTable', 'UpdateTable', 'DeleteTable'];

function descriptionOf(outcome: Outcome): Description | undefined {
  if (!outcome.ok) return undefined;
  const description = outcome.response['TableDescription'] ?? outcome.response['Table'];
  return typeof description === 'object' && description !== null ? (description as Description) : undefined;
}

/**
 * A difference inside table descriptions: `rewrite` gets copies of both and changes the members
 * of the deviation (returning whether it found the deviation there).
 */
export function descriptionDeviation(spec: Omit<MessageDeviation, 'localError' | 'dynamodbError'> & {
  readonly rewrite: (local: Description, simulator: Description, context: DeviationContext) => boolean;
}): KnownDeviation {
  return {
    id: spec.id, local: spec.local, dynamodb: spec.dynamodb, source: spec.source,
    reconcile(context, local, simulator) {
      if (!(spec.operations ?? TABLE_OPERATIONS).includes(context.step.operation)) return undefined;
      const [localCopy, simulatorCopy] = [structuredClone(local), structuredClone(simulator)];
      const localDescription = descriptionOf(localCopy);
      const simulatorDescription = descriptionOf(simulatorCopy);
      if (localDescription === undefined || simulatorDescription === undefined) return undefined;
      return spec.rewrite(localDescription, simulatorDescription, context) ? [localCopy, simulatorCopy] : undefined;
    },
  };
}

/** The global and local index descriptions of a table description. */
export function indexDescriptions(description: Description): Description[] {
  return [description['GlobalSecondaryIndexes'], description['LocalSecondaryIndexes']].flatMap((list) => (Array.isArray(list) ? (list as Description[]) : []));
}
