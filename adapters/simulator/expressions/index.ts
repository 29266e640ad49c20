/**
 * The expressions module of the simulator: DynamoDB's condition, filter, key condition,
 * projection and update expressions and their legacy parameter forms, parsed (cached), validated
 * with DynamoDB's messages, and evaluated on wire-form items.
 *
 * Typical use by the engine, per request:
 *   checkParameterMixing(request);
 *   const prepared = prepareRequestExpressions('UpdateItem', request);
 *   const condition = prepared.condition ?? legacyCondition('Expected', request.Expected, request.ConditionalOperator);
 *   const update = prepared.update ?? attributeUpdatesToUpdate(request.AttributeUpdates);
 *   checkUpdateAvoidsKeys(update, keyNames);
 *   if (condition && !evaluateCondition(condition, oldItem ?? {})) throw ConditionalCheckFailed;
 *   const { item, updatedPaths } = applyUpdate(update, oldItem ?? key);
 *   UPDATED_NEW = applyProjection(planProjection(updatedPaths), item)   (omit Attributes when empty)
 */
export type { Comparator, Condition, DocumentPath, Operand, PathElement, SetValue, UpdateAction, UpdateExpression, UpdateOperand } from './ast.js';
export type { ExpressionKind } from './expression-error.js';
export { prepareRequestExpressions } from './prepare-request-expressions.js';
export type { ExpressionOperation, PreparedExpressions, ProjectionExpressionResult, RequestExpressions } from './prepare-request-expressions.js';
export { evaluateCondition, evaluateOperand } from './evaluate-condition.js';
export { applyProjection, planProjection } from './apply-projection.js';
export type { ProjectionPlan } from './apply-projection.js';
export { applyUpdate, checkUpdateAvoidsKeys } from './apply-update.js';
export type { UpdateResult } from './apply-update.js';
export { analyzeKeyCondition, checkFilterAvoidsKeys } from './analyze-key-condition.js';
export type { KeyConditionAnalysis, SortKeyCondition } from './analyze-key-condition.js';
export { valueAtPath } from './value-at-path.js';
export { checkParameterMixing } from './legacy/check-parameter-mixing.js';
export type { MixableParameters } from './legacy/check-parameter-mixing.js';
export { legacyCondition } from './legacy/legacy-condition.js';
export type { LegacyConditionParameter } from './legacy/legacy-condition.js';
export { analyzeKeyConditions, checkQueryFilterAvoidsKeys } from './legacy/legacy-key-conditions.js';
export { attributesToGetPaths, attributeUpdatesToUpdate } from './legacy/legacy-updates.js';
export { conditionNestedHeads, pathsNestedHeads, updateNestedHeads } from './nested-path-heads.js';
