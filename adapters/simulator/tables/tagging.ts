/**
 * TagResource, UntagResource and ListTagsOfResource on table ARNs (resource-arn.ts), with the tag
 * rules of tag-rules.ts. DynamoDB checks the request first, the table last: a missing ResourceArn,
 * then a missing Tags / TagKeys list, then the ARN, then an empty list (`Atleast one Tag needs to
 * be provided as Input.`, `Atleast one Tag Key ...`), then each tag, then the table, and for
 * TagResource the 50-tag limit on the merged set. All or nothing: a refused request changes no tag.
 *
 * TagResource overwrites the value of a key the table has; UntagResource ignores keys it lacks.
 * ListTagsOfResource lists tags in the order they were first given and never pages: DynamoDB
 * returns up to 50 tags (the most a table has) without a NextToken, so a NextToken changes nothing.
 *
 * What the simulator leaves out: DynamoDB applies tag changes eventually (ListTagsOfResource shows
 * them a second or two later) and, meanwhile, refuses another change to the table's tags with
 * LimitExceededException; the simulator's tables finish every change at once, as they do for
 * UpdateTable. A deleted table is gone at once, so its ARN is ResourceNotFoundException (DynamoDB
 * says so about a second into DELETING).
 */
import { SimulatorError } from '../simulator-error.js';
import { checkConstraints } from '../validation/check-constraints.js';
import type { Shape } from '../validation/member-rule.js';
import { requireTaggedTable, taggedTableName } from './resource-arn.js';
import type { TableOperationContext } from './table-operation-context.js';
import { listTagsOfResourceShape, tagResourceShape, untagResourceShape } from './table-shapes.js';
import { checkTagKey, checkTags, MOST_TAGS, tooManyTags, type TagInput } from './tag-rules.js';

interface CheckedRequest {
  readonly request: Readonly<Record<string, unknown>>;
  readonly arn: string;
  readonly tableName: string;
}

function checkRequest(context: TableOperationContext, input: unknown, shape: Shape): CheckedRequest {
  const { request, violations } = checkConstraints(input, shape);
  const arn = request['ResourceArn'];
  // DynamoDB names a missing ARN before any other missing member.
  if (arn === undefined || arn === null) throw SimulatorError.validation('Invalid TableArn');
  violations.throwIfAny();
  return { request, arn: arn as string, tableName: taggedTableName(context, arn) };
}

export function tagResource(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const { request, arn, tableName } = checkRequest(context, input, tagResourceShape);
  // The shape check guarantees a list of structures.
  const tags = request['Tags'] as readonly (TagInput | null)[];
  if (tags.length === 0) throw SimulatorError.validation('Atleast one Tag needs to be provided as Input.');
  const given = checkTags(tags);
  const entry = requireTaggedTable(context, arn, tableName);
  const merged = new Map(entry.state.tags);
  for (const [key, value] of given) merged.set(key, value);
  if (merged.size > MOST_TAGS) throw tooManyTags();
  context.catalog.update(entry, { ...entry.state, tags: merged });
  return {};
}

export function untagResource(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const { request, arn, tableName } = checkRequest(context, input, untagResourceShape);
  const keys = request['TagKeys'] as readonly (string | null)[];
  if (keys.length === 0) throw SimulatorError.validation('Atleast one Tag Key needs to be provided as Input.');
  for (const key of keys) checkTagKey(key);
  if (keys.length > MOST_TAGS) throw tooManyTags();
  const entry = requireTaggedTable(context, arn, tableName);
  const remaining = new Map(entry.state.tags);
  for (const key of keys) if (key !== null) remaining.delete(key);
  if (remaining.size !== entry.state.tags.size) context.catalog.update(entry, { ...entry.state, tags: remaining });
  return {};
}

export function listTagsOfResource(context: TableOperationContext, input: unknown): Record<string, unknown> {
  const { arn, tableName } = checkRequest(context, input, listTagsOfResourceShape);
  const entry = requireTaggedTable(context, arn, tableName);
  return { Tags: [...entry.state.tags].map(([Key, Value]) => ({ Key, Value })) };
}
