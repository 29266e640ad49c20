/**
 * TagResource, UntagResource and ListTagsOfResource on the simulator's table operations, held to
 * DynamoDB's answers. DynamoDB Local has no tagging (see tagging.local.unit.test.ts), so the
 * expected messages are DynamoDB's own as reported from the service.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { simpleTable, tableTestContext, type TableTestContext } from './table-test-context.js';

const ARN = 'arn:aws:dynamodb:eu-west-1:123456789012:table/tagged';

function taggedTable(tags?: readonly { Key: string; Value: string }[]): TableTestContext {
  const context = tableTestContext();
  context.run('CreateTable', simpleTable('tagged', tags === undefined ? {} : { Tags: tags }));
  return context;
}

const listed = (context: TableTestContext, arn = ARN): unknown => context.run('ListTagsOfResource', { ResourceArn: arn })['Tags'];
const tags = (count: number, prefix = 'k', value = 'v'): { Key: string; Value: string }[] =>
  Array.from({ length: count }, (_, index) => ({ Key: `${prefix}${String(index).padStart(2, '0')}`, Value: value }));

describe('tagging: TagResource, UntagResource, ListTagsOfResource', () => {
  it('lists the tags given at CreateTable, adds, overwrites and removes, and answers with empty bodies', () => {
    const context = taggedTable([{ Key: 'team', Value: 'core' }, { Key: 'env', Value: '' }]);
    expect(listed(context)).to.deep.equal([{ Key: 'team', Value: 'core' }, { Key: 'env', Value: '' }]);
    expect(context.run('TagResource', { ResourceArn: ARN, Tags: [{ Key: 'cost', Value: '42' }, { Key: 'team', Value: 'platform' }] })).to.deep.equal({});
    // An overwritten key keeps its place; a new key comes last.
    expect(listed(context)).to.deep.equal([{ Key: 'team', Value: 'platform' }, { Key: 'env', Value: '' }, { Key: 'cost', Value: '42' }]);
    expect(context.run('UntagResource', { ResourceArn: ARN, TagKeys: ['env', 'never-set'] })).to.deep.equal({});
    expect(listed(context)).to.deep.equal([{ Key: 'team', Value: 'platform' }, { Key: 'cost', Value: '42' }]);
    context.run('UntagResource', { ResourceArn: ARN, TagKeys: ['team', 'cost'] });
    expect(context.run('ListTagsOfResource', { ResourceArn: ARN })).to.deep.equal({ Tags: [] });
  });

  it('keeps tags apart per table, is case-sensitive, takes Unicode letters and spaces, and ignores NextToken', () => {
    const context = taggedTable();
    context.run('CreateTable', simpleTable('other'));
    context.run('TagResource', { ResourceArn: ARN, Tags: [{ Key: 'Env', Value: 'x' }, { Key: 'env', Value: 'y' }, { Key: ' ключ 表', Value: 'café a+b-c=d.e_f:g/h@i' }] });
    expect(listed(context)).to.have.length(3);
    expect(listed(context, 'arn:aws:dynamodb:eu-west-1:123456789012:table/other')).to.deep.equal([]);
    expect(context.run('ListTagsOfResource', { ResourceArn: ARN, NextToken: 'anything' })['Tags']).to.deep.equal(listed(context));
  });

  it('allows 50 tags on a table, counting the merged set, and overwriting all 50 at once', () => {
    const context = taggedTable(tags(49));
    context.run('TagResource', { ResourceArn: ARN, Tags: [{ Key: 'k49', Value: 'v' }] });
    context.rejects('TagResource', { ResourceArn: ARN, Tags: [{ Key: 'k00', Value: 'new' }, { Key: 'k50', Value: 'v' }] }, 'ValidationException',
      'Number of Tags exceed the current limit for the provided ResourceArn');
    context.run('TagResource', { ResourceArn: ARN, Tags: tags(50, 'k', 'w') });
    const after = listed(context) as { Key: string; Value: string }[];
    expect(after).to.have.length(50);
    expect(after.every((tag) => tag.Value === 'w')).to.equal(true);
    expect(context.run('ListTagsOfResource', { ResourceArn: ARN })).to.not.have.property('NextToken');
  });

  it('refuses bad tags with DynamoDB messages, all or nothing', () => {
    const context = taggedTable([{ Key: 'keep', Value: '1' }]);
    const cases: readonly [string, unknown, string][] = [
      ['an empty list', [], 'Atleast one Tag needs to be provided as Input.'],
      ['aws: in any case', [{ Key: 'good', Value: '1' }, { Key: 'AWS:x', Value: '1' }], 'Tag Key cannot be prefixed with aws:, Key: AWS:x'],
      ['a 129-character key', [{ Key: 'k'.repeat(129), Value: '1' }], `The Tag Key provided is invalid, Key: ${'k'.repeat(129)}`],
      ['an empty key', [{ Key: '', Value: '1' }], 'The Tag Key provided is invalid, Key: '],
      ['a missing key', [{ Value: '1' }], 'The Tag Key provided is invalid, Key: null'],
      ['a missing value', [{ Key: 'k' }], 'The Tag Value provided is invalid, Value: null'],
      ['a 257-character value', [{ Key: 'k', Value: 'v'.repeat(257) }], `The Tag Value provided is invalid, Value: ${'v'.repeat(257)}`],
      ['a # in a key', [{ Key: 'bad#char', Value: '1' }], 'The Tag Key provided is invalid, Key: bad#char'],
      ['a comma in a value', [{ Key: 'k', Value: 'a,b' }], 'The Tag Value provided is invalid, Value: a,b'],
      ['an emoji', [{ Key: 'k', Value: '🔑' }], 'The Tag Value provided is invalid, Value: 🔑'],
      ['a key twice', [{ Key: 'dup', Value: '1' }, { Key: 'dup', Value: '2' }], 'Duplicate Tag Keys provided as input: Duplicate Tag Key found dup'],
      ['51 tags', tags(51), 'Number of Tags exceed the current limit for the provided ResourceArn'],
    ];
    for (const [, value, message] of cases) context.rejects('TagResource', { ResourceArn: ARN, Tags: value }, 'ValidationException', message);
    context.rejects('TagResource', { ResourceArn: ARN }, 'ValidationException', "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
    context.run('TagResource', { ResourceArn: ARN, Tags: [{ Key: 'k'.repeat(128), Value: 'v'.repeat(256) }, { Key: 'myaws:x', Value: '' }] });
    expect(listed(context)).to.deep.equal([{ Key: 'keep', Value: '1' }, { Key: 'k'.repeat(128), Value: 'v'.repeat(256) }, { Key: 'myaws:x', Value: '' }]);
  });

  it('refuses bad tag keys in UntagResource and leaves the tags as they were', () => {
    const context = taggedTable([{ Key: 'keep', Value: '1' }]);
    context.rejects('UntagResource', { ResourceArn: ARN, TagKeys: [] }, 'ValidationException', 'Atleast one Tag Key needs to be provided as Input.');
    context.rejects('UntagResource', { ResourceArn: ARN, TagKeys: ['keep', 'aws:foo'] }, 'ValidationException', 'Tag Key cannot be prefixed with aws:, Key: aws:foo');
    context.rejects('UntagResource', { ResourceArn: ARN, TagKeys: ['keep', ''] }, 'ValidationException', 'The Tag Key provided is invalid, Key: ');
    context.rejects('UntagResource', { ResourceArn: ARN, TagKeys: ['keep', ...tags(50).map((tag) => tag.Key)] }, 'ValidationException', 'Number of Tags exceed the current limit for the provided ResourceArn');
    context.rejects('UntagResource', { ResourceArn: ARN }, 'ValidationException', "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
    expect(listed(context)).to.deep.equal([{ Key: 'keep', Value: '1' }]);
  });

  it('answers each kind of ResourceArn as DynamoDB does, the request checks before the table', () => {
    const context = taggedTable();
    const tag = [{ Key: 'k', Value: 'v' }];
    const missing = 'arn:aws:dynamodb:eu-west-1:123456789012:table/missing';
    const arnCases: readonly [unknown, string, string][] = [
      [undefined, 'ValidationException', 'Invalid TableArn'],
      ['', 'ValidationException', "1 validation error detected: Value '' at 'resourceArn' failed to satisfy constraint: Member must have length greater than or equal to 1"],
      ['tagged', 'ValidationException', "One or more parameter values were invalid: ARNs must start with 'arn:': tagged"],
      ['arn:aws:s3:::bucket', 'ValidationException', 'One or more parameter values were invalid: Provided Arn is not a DynamoDB resource arn: arn:aws:s3:::bucket'],
      [`${ARN}/backup/01234567890123-abcdefgh`, 'ValidationException', `One or more parameter values were invalid: Provided Arn is not a DynamoDB resource arn: ${ARN}/backup/01234567890123-abcdefgh`],
      ['arn:aws:dynamodb:eu-west-1:999999999999:table/tagged', 'AccessDeniedException', 'Access is denied'],
      ['arn:aws:dynamodb:us-east-1:123456789012:table/tagged', 'ValidationException', 'Invalid TableArn: Invalid ResourceArn provided as input arn:aws:dynamodb:us-east-1:123456789012:table/tagged'],
      [`${ARN}/index/by-x`, 'ValidationException', `Invalid TableArn: Invalid ResourceArn provided as input ${ARN}/index/by-x`],
      ['arn:aws:dynamodb:eu-west-1:123456789012:table/ab', 'ValidationException', 'Invalid TableArn: Invalid ResourceArn provided as input arn:aws:dynamodb:eu-west-1:123456789012:table/ab'],
      [`${ARN}/stream/2026-01-15T10:00:00.250`, 'ResourceNotFoundException', `Requested resource not found: ResourceArn: ${ARN}/stream/2026-01-15T10:00:00.250 not found`],
      [missing, 'ResourceNotFoundException', `Requested resource not found: ResourceArn: ${missing} not found`],
    ];
    for (const [arn, errorName, message] of arnCases) {
      context.rejects('ListTagsOfResource', arn === undefined ? {} : { ResourceArn: arn }, errorName, message);
      context.rejects('TagResource', arn === undefined ? { Tags: tag } : { ResourceArn: arn, Tags: tag }, errorName, message);
      context.rejects('UntagResource', arn === undefined ? { TagKeys: ['k'] } : { ResourceArn: arn, TagKeys: ['k'] }, errorName, message);
    }
    // A missing ARN is named before a missing list; a missing list before a malformed ARN; an
    // empty list or a bad tag before a missing table.
    context.rejects('TagResource', {}, 'ValidationException', 'Invalid TableArn');
    context.rejects('TagResource', { ResourceArn: 'not-an-arn' }, 'ValidationException', "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
    context.rejects('TagResource', { ResourceArn: missing, Tags: [] }, 'ValidationException', 'Atleast one Tag needs to be provided as Input.');
    context.rejects('TagResource', { ResourceArn: missing, Tags: [{ Key: 'aws:k', Value: '' }] }, 'ValidationException', 'Tag Key cannot be prefixed with aws:, Key: aws:k');
    context.rejects('UntagResource', { ResourceArn: missing, TagKeys: [] }, 'ValidationException', 'Atleast one Tag Key needs to be provided as Input.');
    context.rejects('TagResource', { ResourceArn: 7, Tags: tag }, 'SerializationException', 'NUMBER_VALUE cannot be converted to String');
  });

  it('forgets a deleted table: its ARN is not found, and a new table of the same name starts untagged', () => {
    const context = taggedTable([{ Key: 'team', Value: 'core' }]);
    context.run('DeleteTable', { TableName: 'tagged' });
    context.rejects('ListTagsOfResource', { ResourceArn: ARN }, 'ResourceNotFoundException', `Requested resource not found: ResourceArn: ${ARN} not found`);
    context.rejects('TagResource', { ResourceArn: ARN, Tags: [{ Key: 'k', Value: 'v' }] }, 'ResourceNotFoundException', `Requested resource not found: ResourceArn: ${ARN} not found`);
    context.run('CreateTable', simpleTable('tagged'));
    expect(listed(context)).to.deep.equal([]);
  });

  it('leaves the table definition alone (no catalog change event) and works on a table being updated', () => {
    const context = taggedTable();
    let events = 0;
    context.catalog.onChange(() => { events += 1; });
    const before = context.catalog.require('tagged').definition;
    context.run('UpdateTable', { TableName: 'tagged', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    context.run('TagResource', { ResourceArn: ARN, Tags: [{ Key: 'k', Value: 'v' }] });
    expect(events).to.equal(1);
    expect(context.catalog.require('tagged').definition).to.not.equal(before);
    expect(listed(context)).to.deep.equal([{ Key: 'k', Value: 'v' }]);
  });

  it('behaves as a key-value map under any sequence of valid tag and untag requests', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'Team', 'team', 'x y');
    const action = fc.oneof(
      fc.record({ kind: fc.constant('tag' as const), tags: fc.uniqueArray(fc.record({ Key: key, Value: fc.constantFrom('', '1', 'two') }), { minLength: 1, maxLength: 4, selector: (tag) => tag.Key }) }),
      fc.record({ kind: fc.constant('untag' as const), keys: fc.array(key, { minLength: 1, maxLength: 4 }) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        const context = taggedTable();
        const model = new Map<string, string>();
        for (const step of actions) {
          if (step.kind === 'tag') {
            context.run('TagResource', { ResourceArn: ARN, Tags: step.tags });
            for (const tag of step.tags) model.set(tag.Key, tag.Value);
          } else {
            context.run('UntagResource', { ResourceArn: ARN, TagKeys: step.keys });
            for (const removed of step.keys) model.delete(removed);
          }
        }
        expect(listed(context)).to.deep.equal([...model].map(([Key, Value]) => ({ Key, Value })));
      }),
      { numRuns: 60 },
    );
  });
});
