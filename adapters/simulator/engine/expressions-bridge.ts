/**
 * The engine's one door to the expressions module: it turns the expression members of a request
 * into prepared objects the operations use, after DynamoDB's checks across the request (mixing
 * the expression and legacy styles, placeholders without expressions, syntax, reserved words,
 * unused placeholders). Parsing is cached by the expressions module; what is built here per
 * request is small (resolved placeholders, a projection plan).
 */
import { SimulatorError } from '../simulator-error.js';
import { emptyIndexKeyValue, emptyKeyValue, HASH_KEY_TOO_LARGE, RANGE_KEY_TOO_LARGE } from './keys/key-messages.js';
import { keySize, MAX_PARTITION_KEY_SIZE, MAX_SORT_KEY_SIZE } from '../values/key-codec.js';
import type { AttributeMap, AttributeType, AttributeValue } from '../values/attribute-value.js';
import {
  analyzeKeyCondition,
  analyzeKeyConditions,
  applyProjection,
  applyUpdate,
  attributesToGetPaths,
  attributeUpdatesToUpdate,
  checkFilterAvoidsKeys,
  checkParameterMixing,
  checkQueryFilterAvoidsKeys,
  conditionNestedHeads,
  evaluateCondition,
  legacyCondition,
  planProjection,
  pathsNestedHeads,
  prepareRequestExpressions,
  updateNestedHeads,
  type Condition,
  type Operand,
  type DocumentPath,
  type ExpressionOperation,
  type KeyConditionAnalysis,
  type ProjectionPlan,
  type SortKeyCondition,
  type UpdateExpression,
} from '../expressions/index.js';
import type { ValidatedRequest } from './engine-context.js';
import type { SortKeyRange } from './item-store.js';
import type { KeySchema } from './table-definition.js';

/** The top-level attributes an expression reaches into with `.` or `[]` (see checkScalarKeyPaths). */
interface NestedAccess {
  readonly nestedNames: ReadonlySet<string>;
}

export interface PreparedCondition extends NestedAccess {
  evaluate(item: AttributeMap | undefined): boolean;
}

export interface PreparedProjection extends NestedAccess {
  apply(item: AttributeMap): AttributeMap;
  /** The top-level attribute names the projection reads (for index projection checks). */
  readonly topLevelNames: readonly string[];
}

export interface UpdateOutcome {
  readonly item: AttributeMap;
  /** UPDATED_OLD: the updated attributes (or nested parts) as they were. */
  updatedOld(): AttributeMap;
  /** UPDATED_NEW: the updated attributes (or nested parts) as they are now. */
  updatedNew(): AttributeMap;
}

export interface PreparedUpdate extends NestedAccess {
  /** The top-level attribute names the update writes to (key attributes may not be among them). */
  readonly topLevelNames: readonly string[];
  apply(item: AttributeMap): UpdateOutcome;
}

export interface PreparedKeyCondition {
  readonly partitionKey: AttributeValue;
  readonly range?: SortKeyRange;
}

export interface ItemExpressions {
  readonly condition?: PreparedCondition;
  readonly update?: PreparedUpdate;
  readonly projection?: PreparedProjection;
}

export interface ReadExpressions {
  readonly keyCondition?: PreparedKeyCondition;
  readonly filter?: PreparedCondition;
  /** The top-level attributes the filter reads, in order of appearance. */
  readonly filterNames?: readonly string[];
  /**
   * A Query's filter may not read key attributes; DynamoDB checks it after the starting key, so
   * the caller runs this then.
   */
  readonly checkFilterKeys?: () => void;
  readonly projection?: PreparedProjection;
}

/** The top-level attribute names a condition reads, in order of first appearance. */
function conditionNames(condition: Condition, names: Set<string>): Set<string> {
  const operand = (value: Operand): void => {
    if (value.kind === 'path') names.add(value.path[0] as string);
    else if (value.kind === 'size') operand(value.operand);
  };
  switch (condition.kind) {
    case 'compare': operand(condition.left); operand(condition.right); break;
    case 'between': operand(condition.subject); operand(condition.lower); operand(condition.upper); break;
    case 'in': operand(condition.subject); condition.list.forEach(operand); break;
    case 'attribute_exists': case 'attribute_not_exists': names.add(condition.path[0] as string); break;
    case 'attribute_type': operand(condition.subject); break;
    case 'begins_with': operand(condition.subject); operand(condition.prefix); break;
    case 'contains': operand(condition.subject); operand(condition.operand); break;
    case 'and': case 'or': conditionNames(condition.left, names); conditionNames(condition.right, names); break;
    case 'not': conditionNames(condition.operand, names);
  }
  return names;
}

export type ItemOperationKind = 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'ConditionCheck' | 'TransactGet' | 'BatchGet';
type OperationKind = ItemOperationKind | 'Query' | 'Scan';

const EXPRESSION_OPERATION: Readonly<Record<OperationKind, ExpressionOperation>> = {
  GetItem: 'GetItem',
  TransactGet: 'GetItem',
  BatchGet: 'BatchGetItem',
  PutItem: 'PutItem',
  UpdateItem: 'UpdateItem',
  DeleteItem: 'DeleteItem',
  ConditionCheck: 'ConditionCheck',
  Query: 'Query',
  Scan: 'Scan',
};

/**
 * The checks of which expression parameters a request combines, which DynamoDB runs before it
 * looks at the item: expressions with legacy parameters, placeholders without any expression.
 */
export function checkExpressionParameters(kind: OperationKind, request: ValidatedRequest): void {
  checkParameterMixing(request);
  checkPlaceholdersHaveExpressions(kind, request);
}

/** What DynamoDB names when values come without an expression that could use them. */
const VALUE_EXPRESSIONS: Readonly<Partial<Record<OperationKind, string>>> = {
  PutItem: 'ConditionExpression is null',
  DeleteItem: 'ConditionExpression is null',
  ConditionCheck: 'ConditionExpression is null',
  UpdateItem: 'UpdateExpression and ConditionExpression are null',
  Query: 'FilterExpression and KeyConditionExpression are null',
  Scan: 'FilterExpression is null',
};

/** An empty placeholder map counts as none here (probed on DynamoDB Local); emptiness is refused only where expressions are used. */
const nonEmpty = (map: unknown): boolean => map !== undefined && map !== null && !(typeof map === 'object' && Object.keys(map).length === 0);

/** The same checks prepareRequestExpressions starts with, run early because DynamoDB runs them early. */
function checkPlaceholdersHaveExpressions(kind: OperationKind, request: ValidatedRequest): void {
  const texts = ['ConditionExpression', 'FilterExpression', 'KeyConditionExpression', 'UpdateExpression'].map((name) => request[name]);
  const valueExpression = texts.some((text) => text !== undefined && text !== null);
  const anyExpression = valueExpression || (request['ProjectionExpression'] !== undefined && request['ProjectionExpression'] !== null);
  if (nonEmpty(request['ExpressionAttributeNames']) && !anyExpression) {
    throw SimulatorError.validation('ExpressionAttributeNames can only be specified when using expressions');
  }
  const valuesMessage = VALUE_EXPRESSIONS[kind];
  // A Scan's empty FilterExpression counts as none for its values (probed on DynamoDB Local); the
  // other operations report the empty expression instead.
  const scanWithoutFilter = kind === 'Scan' && request['FilterExpression'] === '';
  if (valuesMessage !== undefined && nonEmpty(request['ExpressionAttributeValues']) && (!valueExpression || scanWithoutFilter)) {
    throw SimulatorError.validation(`ExpressionAttributeValues can only be specified when using expressions: ${valuesMessage}`);
  }
}

const EMPTY: AttributeMap = Object.freeze({});

const NONE_NESTED: ReadonlySet<string> = new Set();

/**
 * Only an expression whose text has `.` or `[` can reach into an attribute (placeholder names are
 * single path elements), so the common expression costs a scan of its text and no walk.
 */
function mayNest(text: unknown): boolean {
  return typeof text === 'string' && (text.includes('.') || text.includes('['));
}

function preparedCondition(condition: Condition, text: unknown): PreparedCondition {
  return { nestedNames: mayNest(text) ? conditionNestedHeads(condition) : NONE_NESTED, evaluate: (item) => evaluateCondition(condition, item ?? EMPTY) };
}

function preparedProjection(paths: readonly DocumentPath[], plan: ProjectionPlan, text: unknown): PreparedProjection {
  const topLevelNames = [...new Set(paths.map((path) => path[0] as string))];
  return { topLevelNames, nestedNames: mayNest(text) ? pathsNestedHeads(paths) : NONE_NESTED, apply: (item) => applyProjection(plan, item) };
}

function preparedUpdate(update: UpdateExpression, text: unknown): PreparedUpdate {
  const topLevelNames = [...new Set(update.actions.map((action) => action.path[0] as string))];
  return {
    topLevelNames,
    nestedNames: mayNest(text) ? updateNestedHeads(update) : NONE_NESTED,
    apply(item) {
      const result = applyUpdate(update, item);
      let plan: ProjectionPlan | undefined;
      const updatedPlan = (): ProjectionPlan => (plan ??= planProjection(result.updatedPaths));
      return { item: result.item, updatedOld: () => applyProjection(updatedPlan(), item), updatedNew: () => applyProjection(updatedPlan(), result.item) };
    },
  };
}

function mapMember(request: ValidatedRequest, name: string): Readonly<Record<string, unknown>> | undefined {
  const value = request[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Readonly<Record<string, unknown>>) : undefined;
}

function stringMember(request: ValidatedRequest, name: string): string | undefined {
  const value = request[name];
  return typeof value === 'string' ? value : undefined;
}

/** ProjectionExpression, or its legacy form AttributesToGet (an empty list means everything). */
function projectionOf(prepared: ReturnType<typeof prepareRequestExpressions>, request: ValidatedRequest): PreparedProjection | undefined {
  if (prepared.projection !== undefined) return preparedProjection(prepared.projection.paths, prepared.projection.plan, request['ProjectionExpression']);
  const names = request['AttributesToGet'];
  if (!Array.isArray(names)) return undefined;
  const paths = attributesToGetPaths(names as readonly string[]);
  return paths === undefined ? undefined : preparedProjection(paths, planProjection(paths), undefined);
}

export function prepareItemExpressions(kind: ItemOperationKind, request: ValidatedRequest): ItemExpressions {
  const prepared = prepareRequestExpressions(EXPRESSION_OPERATION[kind], request);
  const condition = prepared.condition ?? legacyCondition('Expected', mapMember(request, 'Expected'), stringMember(request, 'ConditionalOperator'));
  const attributeUpdates = mapMember(request, 'AttributeUpdates');
  const update = prepared.update ?? (attributeUpdates === undefined ? undefined : attributeUpdatesToUpdate(attributeUpdates));
  const projection = projectionOf(prepared, request);
  return {
    ...(condition === undefined ? {} : { condition: preparedCondition(condition, prepared.condition === undefined ? undefined : request['ConditionExpression']) }),
    ...(update === undefined ? {} : { update: preparedUpdate(update, prepared.update === undefined ? undefined : request['UpdateExpression']) }),
    ...(projection === undefined ? {} : { projection }),
  };
}

function rangeOf(condition: SortKeyCondition | undefined): SortKeyRange | undefined {
  if (condition === undefined) return undefined;
  if (condition.kind === 'between') return { lower: { value: condition.lower, inclusive: true }, upper: { value: condition.upper, inclusive: true } };
  if (condition.kind === 'begins_with') return { prefix: condition.prefix };
  const { operator, value } = condition;
  switch (operator) {
    case '=':
      return { lower: { value, inclusive: true }, upper: { value, inclusive: true } };
    case '<':
      return { upper: { value, inclusive: false } };
    case '<=':
      return { upper: { value, inclusive: true } };
    case '>':
      return { lower: { value, inclusive: false } };
    case '>=':
      return { lower: { value, inclusive: true } };
  }
}

/** Query and Scan; `keySchema` is the schema the Query reads (the index's or the table's). */
const isEmptyKeyValue = (value: AttributeValue): boolean => ('S' in value && value.S === '') || ('B' in value && value.B.length === 0);


/**
 * Key values may not be empty in key conditions either (on an index, DynamoDB words it as for
 * index keys), and sort key values must fit; DynamoDB looks at the partition key first.
 */
function checkKeyConditionValues(analysis: KeyConditionAnalysis, keySchema: KeySchema, indexName: string | undefined): void {
  const { partitionKey, sortKey } = keySchema;
  const empty = (name: string, type: AttributeType): string => (indexName === undefined ? emptyKeyValue(name, type) : emptyIndexKeyValue(name, type, indexName));
  if (isEmptyKeyValue(analysis.partitionValue)) throw SimulatorError.validation(empty(partitionKey.name, partitionKey.type));
  // DynamoDB Local lets an oversized partition key value through (the Query finds nothing); DynamoDB refuses it.
  if (keySize(analysis.partitionValue) > MAX_PARTITION_KEY_SIZE) throw SimulatorError.validation(HASH_KEY_TOO_LARGE);
  const sort = analysis.sortCondition;
  if (sort === undefined || sortKey === undefined) return;
  const values = sort.kind === 'between' ? [sort.lower, sort.upper] : sort.kind === 'begins_with' ? [sort.prefix] : [sort.value];
  if (values.some(isEmptyKeyValue)) throw SimulatorError.validation(empty(sortKey.name, sortKey.type));
  if (values.some((value) => keySize(value) > MAX_SORT_KEY_SIZE)) throw SimulatorError.validation(RANGE_KEY_TOO_LARGE);
}

/** `afterParsing` runs once the expressions are parsed and their placeholders checked, before the key schema is consulted. */
export function prepareReadExpressions(
  kind: 'Query' | 'Scan', request: ValidatedRequest, keySchema: KeySchema | undefined, afterParsing?: () => void, indexName?: string,
): ReadExpressions {
  const prepared = prepareRequestExpressions(kind, request);
  afterParsing?.();
  let analysis: KeyConditionAnalysis | undefined;
  const keyConditions = mapMember(request, 'KeyConditions');
  if (keySchema !== undefined) {
    if (prepared.keyCondition !== undefined) analysis = analyzeKeyCondition(prepared.keyCondition, keySchema);
    else if (keyConditions !== undefined) analysis = analyzeKeyConditions(keyConditions, keySchema);
    if (analysis !== undefined) checkKeyConditionValues(analysis, keySchema, indexName);
  }
  const legacyFilter = kind === 'Query' ? mapMember(request, 'QueryFilter') : mapMember(request, 'ScanFilter');
  let filter: Condition | undefined = prepared.filter;
  let checkFilterKeys: (() => void) | undefined;
  if (kind === 'Query' && keySchema !== undefined) {
    const expressionFilter = filter;
    if (expressionFilter !== undefined) checkFilterKeys = () => { checkFilterAvoidsKeys(expressionFilter, keySchema); };
    else if (legacyFilter !== undefined) checkFilterKeys = () => { checkQueryFilterAvoidsKeys(legacyFilter, keySchema); };
  }
  filter ??= legacyCondition(kind === 'Query' ? 'QueryFilter' : 'ScanFilter', legacyFilter, stringMember(request, 'ConditionalOperator'));
  const projection = projectionOf(prepared, request);
  let keyCondition: PreparedKeyCondition | undefined;
  if (analysis !== undefined) {
    const range = rangeOf(analysis.sortCondition);
    keyCondition = range === undefined ? { partitionKey: analysis.partitionValue } : { partitionKey: analysis.partitionValue, range };
  }
  const filterNames = prepared.filter !== undefined ? [...conditionNames(prepared.filter, new Set())] : legacyFilter !== undefined ? Object.keys(legacyFilter) : undefined;
  return {
    ...(keyCondition === undefined ? {} : { keyCondition }),
    ...(filter === undefined ? {} : { filter: preparedCondition(filter, prepared.filter === undefined ? undefined : request['FilterExpression']) }),
    ...(filterNames === undefined ? {} : { filterNames }),
    ...(checkFilterKeys === undefined ? {} : { checkFilterKeys }),
    ...(projection === undefined ? {} : { projection }),
  };
}
