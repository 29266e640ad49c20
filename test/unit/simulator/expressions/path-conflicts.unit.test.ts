/**
 * Regression tests for the overlap and conflict rule of update and projection paths, and for the
 * order in which DynamoDB checks an update's actions, as the differential suite found them on
 * DynamoDB Local: paths from the last to the first (so an overlap among later paths wins over an
 * undefined name in an earlier one), then values from the last action to the first.
 */
import { expect } from 'chai';
import { engineFixture } from '../engine/engine-fixture.js';

describe('expressions: overlapping paths and the order of update checks', () => {
  const fixture = engineFixture({});
  const projection = (text: string, names?: Record<string, string>): string =>
    fixture.fail('GetItem', { TableName: 'items', Key: { pk: { S: 'k' } }, ProjectionExpression: text, ...(names === undefined ? {} : { ExpressionAttributeNames: names }) }).message;
  const update = (text: string, values?: Record<string, unknown>, names?: Record<string, string>): string =>
    fixture.fail('UpdateItem', {
      TableName: 'items', Key: { pk: { S: 'k' } }, UpdateExpression: text,
      ...(values === undefined ? {} : { ExpressionAttributeValues: values }), ...(names === undefined ? {} : { ExpressionAttributeNames: names }),
    }).message;
  const overlap = (kind: string, one: string, two: string): string =>
    `Invalid ${kind}: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: ${one}, path two: ${two}`;

  it('names the paths as DynamoDB does', () => {
    const cases: readonly (readonly [string, string, string])[] = [
      ['a, b, a', '[a]', '[b]'], ['p, a, p', '[p]', '[a]'], ['z, y, x, z', '[z]', '[z]'], ['c, a, b, a', '[a]', '[b]'], ['a, a, c, b', '[a]', '[c]'],
      ['a.x, b, a.x', '[a, x]', '[a, x]'], ['a.x, a.y, a', '[a, y]', '[a]'], ['a, a.y, a.x', '[a]', '[a, y]'], ['a.x, a.x.q', '[a, x]', '[a, x, q]'],
      ['a.x, a.y.z, a.x.r', '[a, x]', '[a, y, z]'], ['a[1], a[10], a[1]', '[a, [1]]', '[a, [10]]'], ['l[1], s, l[1]', '[l, [1]]', '[l, [1]]'],
      ['a, b, c, e, f, g, h, i, j, k, l, m, n, o, q, r, a', '[a]', '[n]'],
    ];
    for (const [text, one, two] of cases) expect(projection(text), text).to.equal(overlap('ProjectionExpression', one, two));
    expect(projection('a[1], s, a.x')).to.equal('Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a, x]');
  });

  it('reports an overlap among later paths before an undefined name in an earlier one', () => {
    expect(update('SET #m = :n, a = :n, #a = :n', { ':n': { N: '1' } }, { '#a': 'a' })).to.equal(overlap('UpdateExpression', '[a]', '[a]'));
    expect(update('SET #m = :n, #m = :n, #a = :n', { ':n': { N: '1' } }, { '#a': 'a' })).to.equal('Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #m');
  });

  it('reports an overlap before undefined values and operand types', () => {
    expect(update('SET a = :missing, a = b, z = :l', { ':l': { L: [] } })).to.equal(overlap('UpdateExpression', '[a]', '[z]'));
    expect(update('SET n = m.x - :c, a = b, a = c', { ':c': { L: [] } })).to.equal(overlap('UpdateExpression', '[a]', '[a]'));
    expect(update('SET a = b, a = c, n = m.x - :c', { ':c': { L: [] } })).to.equal(overlap('UpdateExpression', '[a]', '[n]'));
    expect(update('ADD a :s, a :n', { ':s': { S: 'x' }, ':n': { N: '1' } })).to.equal(overlap('UpdateExpression', '[a]', '[a]'));
  });

  it('checks the values of the actions from the last to the first', () => {
    const values = { ':l': { L: [] }, ':m': { M: {} }, ':n': { N: '1' } };
    expect(update('SET a = :l - :n, b = :m + :n', values)).to.equal('Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: M');
    expect(update('DELETE a :l, b :m', values)).to.equal('Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: MAP, typeSet: ALLOWED_FOR_DELETE_OPERAND');
  });

  it('does not judge the type of an if_not_exists fallback until it is used', () => {
    const values = { ':l': { L: [] }, ':n': { N: '1' } };
    expect(update('SET a = if_not_exists(b, :l) + :n', values)).to.equal('An operand in the update expression has an incorrect data type');
    fixture.run('PutItem', { TableName: 'items', Item: { pk: { S: 'ok' }, b: { N: '1' } } });
    const result = fixture.run('UpdateItem', { TableName: 'items', Key: { pk: { S: 'ok' } }, UpdateExpression: 'SET a = if_not_exists(b, :l) + :n', ExpressionAttributeValues: values, ReturnValues: 'UPDATED_NEW' });
    expect(result).to.deep.equal({ Attributes: { a: { N: '2' } } });
  });

  it('judges each operand of + and list_append as soon as it is known', () => {
    fixture.run('PutItem', { TableName: 'items', Item: { pk: { S: 'typed' }, s: { S: 'text' } } });
    const apply = (text: string): string => fixture.fail('UpdateItem', { TableName: 'items', Key: { pk: { S: 'typed' } }, UpdateExpression: text }).message;
    expect(apply('SET n = s + nope')).to.equal('An operand in the update expression has an incorrect data type');
    expect(apply('SET n = nope + s')).to.equal('The provided expression refers to an attribute that does not exist in the item');
    expect(apply('SET n = list_append(s, nope)')).to.equal('An operand in the update expression has an incorrect data type');
  });

  it('reports a reserved word before a clause given twice', () => {
    expect(update('REMOVE a REMOVE ttl, b')).to.equal('Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: ttl');
    expect(update('REMOVE a REMOVE b')).to.equal('Invalid UpdateExpression: The "REMOVE" section can only be used once in an update expression;');
    expect(update('REMOVE a REMOVE b SET c = status')).to.equal('Invalid UpdateExpression: The "REMOVE" section can only be used once in an update expression;');
  });
});
