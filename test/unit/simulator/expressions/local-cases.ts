/**
 * The cases the local test runs on DynamoDB Local and on the simulator's expressions module.
 * `dynamodb` marks where DynamoDB Local is known to differ from DynamoDB: the simulator follows
 * DynamoDB, and the case records both answers.
 */
import type { AttributeMap, AttributeValue } from '../../../../adapters/simulator/values/attribute-value.js';
import type { ExpressionOperation, RequestExpressions } from '../../../../adapters/simulator/expressions/prepare-request-expressions.js';
import type { LegacyParameters, Outcome } from './simulate-request.js';

export interface LocalCase extends RequestExpressions, LegacyParameters {
  readonly name?: string;
  readonly operation: ExpressionOperation;
  /** The stored item (its key is added by the test). */
  readonly item?: AttributeMap;
  /** For queries: the table has a number sort key `sk` when true. */
  readonly dynamodb?: { readonly outcome: Outcome; readonly reason: string };
}

const S = (s: string): AttributeValue => ({ S: s });
const N = (n: string): AttributeValue => ({ N: n });
const L = (...values: AttributeValue[]): AttributeValue => ({ L: values });
const M = (map: AttributeMap): AttributeValue => ({ M: map });
const v = (value: AttributeValue = S('x')) => ({ ':v': value });

const cond = (ConditionExpression: string, values?: Record<string, AttributeValue>, names?: Record<string, string>, item?: AttributeMap): LocalCase => ({
  operation: 'PutItem',
  ConditionExpression,
  ...(values ? { ExpressionAttributeValues: values } : {}),
  ...(names ? { ExpressionAttributeNames: names } : {}),
  ...(item ? { item } : {}),
});
/** Values for every `:name` in the expression (`:n…` numbers, others strings), names for every `#name`. */
const auto = (operation: ExpressionOperation, field: keyof RequestExpressions, text: string, item?: AttributeMap): LocalCase => {
  const values: Record<string, AttributeValue> = {};
  const names: Record<string, string> = {};
  for (const match of text.matchAll(/:[A-Za-z0-9_]+/g)) values[match[0]] = match[0].startsWith(':n') ? N('1') : S('x');
  for (const match of text.matchAll(/#[A-Za-z0-9_]+/g)) names[match[0]] = match[0].slice(1);
  return {
    operation,
    [field]: text,
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
    ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
    ...(item ? { item } : {}),
  };
};
const c = (text: string, item?: AttributeMap) => auto('PutItem', 'ConditionExpression', text, item);
const u = (text: string, item?: AttributeMap) => auto('UpdateItem', 'UpdateExpression', text, item);
const p = (text: string, item?: AttributeMap) => auto('GetItem', 'ProjectionExpression', text, item);
const k = (text: string) => auto('Query', 'KeyConditionExpression', text);

const sample: AttributeMap = {
  s: S('abc'), n: N('5'), ss: { SS: ['a', 'b'] }, ns: { NS: ['1', '2'] }, l: L(S('a'), N('1'), M({ x: S('x'), y: S('y') })),
  m: M({ k: S('v'), b: M({ c: S('c'), d: S('d') }), e: L(S('e0'), S('e1')) }), b: { B: new Uint8Array([1, 2, 3]) }, nul: { NULL: true }, t: { BOOL: true },
};

export const syntaxCases: LocalCase[] = [
  'a = ', 'a = = b', 'a =', '= a', 'a == b', 'a = b c', 'a = b AND', '(a = b', 'a = b)', 'a BETWEEN b', 'a IN ()', 'a IN b', 'NOT', 'a',
  'a[-1] = :v', 'a[1.5] = :v', "a = 'x'", 'a = "x"', 'a = 1', 'a.1 = :v', 'a$ = :v', '1a = :v', '_a = :v', 'a-b = :v', 'a = :v;',
  ' a    =     =   b', 'abcdefgh = ijklmnop qrstu', 'a != :v', 'a >< :v', 'a => :v', 'a ≠ :v', 'AND = :v', 'not = :v', 'remove = :v',
  'a BETWEEN (:v AND :v)', 'size() = :v', 'attribute_exists()', '#', ':', 'a = #', 'a = :', '   ', 'a = :v AND (x = y', 'a[01] = :v',
].map((text) => c(text));

export const conditionCases: LocalCase[] = [
  ...['(a) = :v', '(a = :v)', '((a = :v))', '((a)) = :v', '(a = :v) AND ((b = :v))', 'NOT (a = :v)', '(NOT a = :v)', 'NOT ((a = :v))',
    '((a = :v) AND b = :v)', '(((a = :v) AND (b = :v)))', 'size((a)) = :n', 'attribute_exists((a))', '((attribute_exists(a)))',
    'a IN ((:v))', 'a = ((:v))', 'a = (:v)', 'size(a)', 'size(a) = :n', 'size(size(a)) = :n', 'a = :v and b = :v', 'a between :v and :v',
    'ATTRIBUTE_EXISTS(a)', 'attribute_exists (a)', 'attribute_exists(:v)', 'attribute_exists(size(a))', 'attribute_exists(a, b)',
    'attribute_type(a, :v)', 'attribute_type(a, S)', 'attribute_type(a, :n)', 'begins_with(:v, :v)', 'foo(a)', 'attribute_exists(a) = :v',
    ':v = :v', 'a = a', 'a < a', 'a IN (:v, a, b.c)', 'a.b[1] = a.b[1]', 'a BETWEEN a AND :v', 'begins_with(a, a)', 'contains(a, a)',
    'attribute_type(a, a)', 'a <> a', 'status = :v', 'a.status = :v', 'STATUS = :v', '#status = :v', 'size = :v', 'convert = :v',
    'if_not_exists(a, :v) = :v', 'list_append(a, :v) = :v', 'foo(a) = :v AND status = :v', 'status = :v AND foo(a)',
    'size(status)', 'foo(status)', 'attribute_exists(a, :zz)', '((a = :v)) AND (b = :v', 'a = a AND b = :zz', 'b = :zz AND a = a',
    'attribute_exists(:v) AND a = :zz', 'attribute_exists(:zz)', 'a = :v OR attribute_not_exists(a) AND NOT b < :v',
    'a' + '.b'.repeat(31) + ' = :v', 'a' + '.b'.repeat(32) + ' = :v', 'a' + '[0]'.repeat(32) + ' = :v', 'a[2147483648] = :v',
  ].map((text) => c(text)),
  cond(':v = #x'),
  cond('#a = :v AND #b = :w', undefined, { '#c': 'c' }),
  cond('a = :v', { ':v': S('x'), ':w': S('x') }),
  cond('a = :v', { ':v': S('x') }, { '#a': 'a' }),
  cond('a = :v', { ':b': S('y'), ':z': S('y'), ':a': S('a'), ':v': S('a') }, { '#z': 'z', '#b': 'y', '#a': 'a' }),
  cond('a = :v', {}),
  cond('a = :v', { ':v': S('x') }, {}),
  cond('a = :v', { ':v': S('x'), v: S('x') }),
  cond('a = :v', { ':v': S('x') }, { x: 'c' }),
  cond('a = :v', { ':v': S('x') }, { '#x': '' }),
  cond('a = :v', { ':v': {} as AttributeValue }),
  cond('a = :v', { ':v': { SS: [] } }),
  cond('a = :v', { ':v': N('abc') }),
  cond('', { ':v': S('x') }),
  cond('a BETWEEN :v AND :n', { ':v': S('x'), ':n': N('1') }),
  cond('a BETWEEN :n AND :m', { ':m': N('1'), ':n': N('2') }),
  // Refused bounds are quoted as the request spells them, not in canonical form.
  cond('a BETWEEN :n AND :m', { ':m': N('1.50'), ':n': N('80E59') }),
  cond('a BETWEEN :n AND :m', { ':m': S('a'), ':n': N('0010.0') }),
  cond('a BETWEEN :n AND :m', { ':m': S('a'), ':n': S('b') }),
  cond('a BETWEEN :n AND :m', { ':m': { BOOL: true }, ':n': { BOOL: false } }),
  cond('a BETWEEN :n AND :m', { ':m': N('1'), ':n': { BOOL: false } }),
  cond('a < :m', { ':m': { SS: ['a'] } }),
  cond('a < :m', { ':m': { NULL: true } }),
  cond('a < :m', { ':m': L() }),
  cond(':m < a', { ':m': { BOOL: true } }),
  cond('size(:m) = :n', { ':m': N('12'), ':n': N('2') }),
  cond('size(:m) = :n', { ':m': { NULL: true }, ':n': N('2') }),
  cond('begins_with(a, :m)', { ':m': N('12') }),
  cond('begins_with(:m, a)', { ':m': N('12') }),
  cond('begins_with(:m, :v)', { ':m': { SS: ['ab'] }, ':v': S('a') }),
  cond('attribute_type(a, :m)', { ':m': S('s') }),
  cond('a IN (' + Array.from({ length: 100 }, () => ':v').join(', ') + ')', v()),
  cond('a IN (' + Array.from({ length: 101 }, () => ':v').join(', ') + ')', v()),
  cond(Array.from({ length: 150 }, (_, i) => `a${i} = :v`).join(' AND '), v()),
  cond(Array.from({ length: 151 }, (_, i) => `a${i} = :v`).join(' AND '), v()),
  cond(Array.from({ length: 101 }, (_, i) => `NOT attribute_exists(a${i})`).join(' AND ')),
  cond('a = :v' + ' '.repeat(4090), v()),
  cond('a = :v' + ' '.repeat(5000), v()),
  cond('#' + 'n'.repeat(254) + ' = :v', v(), { ['#' + 'n'.repeat(254)]: 'x' }),
  cond('#' + 'n'.repeat(255) + ' = :v', v(), { ['#' + 'n'.repeat(255)]: 'x' }),
  cond('a = :' + 'v'.repeat(255), { [':' + 'v'.repeat(255)]: S('x') }),
  cond('a = :v', v(), { '#x': 'n'.repeat(70000) }),
  cond('a BETWEEN :n AND :m', { ':m': { B: new Uint8Array([1]) }, ':n': { B: new Uint8Array([2]) } }),
  cond('a BETWEEN :n AND :m', { ':m': { B: new Uint8Array([1]) }, ':n': S('x') }),
  cond('a = :v AND ü = :v', v()),
  cond('#ü = :v', v(), { '#ü': 'x' }),
  p('a' + ', a'.repeat(2100)),
  u('SET a = :v' + ' '.repeat(4100)),
  u('SET ' + Array.from({ length: 301 }, (_, i) => `a${i}=:n+:n`).join(',')),
  { operation: 'Query', KeyConditionExpression: 'pk = :v' + ' '.repeat(4100), ExpressionAttributeValues: v() },
  { operation: 'Query', KeyConditionExpression: 'pk = :v', FilterExpression: 'a = :v' + ' '.repeat(4100), ExpressionAttributeValues: v() },
];

const evaluation = (text: string, values?: Record<string, AttributeValue>) => cond(text, values, undefined, sample);
export const evaluationCases: LocalCase[] = [
  evaluation('zz <> :v', v()), evaluation('zz = :v', v()), evaluation('NOT zz < :v', v()), evaluation('zz IN (:v)', v()),
  evaluation('zz BETWEEN :v AND :v', v()), evaluation('size(zz) <> :v', v(N('0'))), evaluation('size(n) <> :v', v(N('0'))),
  evaluation('NOT contains(zz, :v)', v()), evaluation('s <> zz'), evaluation('zz <> zy'), evaluation('zz = zy'),
  evaluation('size(s) = :v', v(N('3'))), evaluation('size(ss) = :v', v(N('2'))), evaluation('size(l) = :v', v(N('3'))),
  evaluation('size(m) = :v', v(N('3'))), evaluation('size(b) = :v', v(N('3'))), evaluation('size(:m) = :v', { ':m': S('😀'), ':v': N('2') }),
  evaluation('contains(s, :v)', v(S('bc'))), evaluation('contains(ss, :v)', v(S('a'))), evaluation('contains(ns, :v)', v(N('2.00'))),
  evaluation('contains(l, :v)', v(N('1'))), evaluation('contains(b, :v)', v({ B: new Uint8Array([2, 3]) })), evaluation('contains(m, :v)', v(S('k'))),
  evaluation('contains(:v, s)', v(S('xabcx'))), evaluation('begins_with(s, :v)', v(S('ab'))), evaluation('begins_with(b, :v)', v({ B: new Uint8Array([1, 2]) })),
  evaluation('begins_with(b, :v)', v(S('a'))), evaluation('begins_with(n, :v)', v(S('5'))), evaluation('attribute_type(nul, :v)', v(S('NULL'))),
  evaluation('attribute_type(l[0], :v)', v(S('S'))), evaluation('attribute_exists(m.b.c)'), evaluation('attribute_exists(l[3])'),
  evaluation('attribute_exists(s[0])'), evaluation('attribute_not_exists(s.x)'), evaluation('n BETWEEN :a AND :b', { ':a': N('5'), ':b': N('5') }),
  evaluation('s BETWEEN :a AND :b', { ':a': N('1'), ':b': N('10') }), evaluation('n IN (:a, :b)', { ':a': S('5'), ':b': N('5.0') }),
  evaluation('l[2] = :m', { ':m': M({ y: S('y'), x: S('x') }) }), evaluation('ns = :m', { ':m': { NS: ['2', '1'] } }),
  evaluation('t <> :m', { ':m': { BOOL: false } }), evaluation('s < :m', { ':m': S('abd') }), evaluation(':m < :v', { ':m': S('\uffff'), ':v': S('😀') }),
  evaluation('b < :m', { ':m': { B: new Uint8Array([1, 2, 4]) } }), evaluation('s < n'), evaluation('l < :v', v(S('a'))),
  evaluation('m.b.c = :v', v(S('c'))), evaluation('size(l[2]) = :v', v(N('2'))),
];

export const updateCases: LocalCase[] = [
  ...['SET a = :v', 'set a = :v, b = :v', 'SET a = :v SET b = :v', 'REMOVE b SET a = :v', 'REMOVE b REMOVE c', 'ADD a :n, b :n',
    'DELETE a :v', 'SET', 'SET a', 'SET a = :v,', 'SET a = :v b = :v', 'SET a = :v + :v', 'SET a = :n + :n', 'SET a = :n + :n + :n',
    'SET a = (:n + :n)', 'SET a = :n + (:n + :n)', 'SET a = if_not_exists(a, :v)', 'SET a = if_not_exists(:v, a)', 'SET a = if_not_exists(a)',
    'SET a = list_append(a, :v)', 'SET a = list_append(a, :v, :v)', 'SET a = size(a)', 'SET a = foo(a)', 'SET a = attribute_exists(b)',
    'SET a = b', 'SET a.b = :v, a = :v', 'SET a = :v, a.b = :v', 'SET a = :v, a = :v', 'SET a[1] = :v, a[1].b = :v', 'SET a = :v REMOVE a',
    'ADD a :n, a :n', 'ADD a :v', 'DELETE a :n', 'SET a = list_append(if_not_exists(a, :v), :v)', 'SET a = if_not_exists(if_not_exists(a, :v), :v)',
    'SET status = :v', 'SET a = status', 'REMOVE status', 'SET a = :v REMOVE', 'SET pk = :v', 'REMOVE pk', 'SET pk.x = :v', 'SET a = -:n',
    'SET a = :n ++ :n', 'SET a == :v', 'SET a :v', 'ADD a b', 'ADD a :v b :v', 'SET a = (:n) + :n', 'SET a = ((:n + :n))', 'SET a = ((:n))',
    'SET (a) = :n', 'SET a = :v, s = :v, a[1] = :v', 'SET a.b = :v, a[1] = :v', 'REMOVE a.b, a[1]', 'SET a=:n REMOVE b SET c = = :n',
  ].map((text) => u(text)),
  ...(
    [
      [{ a: L(S('0'), S('1'), S('2')) }, ['SET a[1] = :v', 'SET a[5] = :v', 'SET a[5] = :v, a[7] = :w', 'SET a[7] = :v, a[5] = :w',
        'REMOVE a[1], a[0]', 'REMOVE a[5]', 'REMOVE a[1] SET a[2] = :v', 'ADD a[0] :n', 'SET a.b = :v', 'SET a[1].b = :v']],
      [{ a: M({ b: S('1'), d: M({ e: S('3') }) }) }, ['SET a.x.y = :v', 'REMOVE a.x.y', 'REMOVE a.x', 'REMOVE x.y', 'REMOVE a[0]',
        'SET x.y = :v', 'SET a[0] = :v', 'SET a.d.e = :v, a.b = :w', 'SET q = a.b', 'SET q = a.c', 'DELETE a.d :v']],
      [{ a: N('1') }, ['SET a = a + :n', 'SET a = a - :n', 'SET a = :n - a', 'ADD a :n', 'SET b = a + :v', 'SET b = if_not_exists(zz, :n) + a']],
      [{ a: S('1') }, ['SET a = a + :n', 'SET a = list_append(:l, a)', 'ADD a :n', 'DELETE a :s']],
      [{ l: L(S('1')), ss: { SS: ['y', 'x'] }, ns: { NS: ['1.0', '2'] } }, ['SET l = list_append(l, :l)', 'SET l = list_append(:l, l)',
        'ADD ss :s', 'DELETE ss :s', 'DELETE ns :t', 'ADD ns :s', 'DELETE zz :s', 'ADD zz :s', 'ADD zz :n']],
    ] as [AttributeMap, string[]][]
  ).flatMap(([item, texts]) =>
    texts.map((text): LocalCase => {
      const base = u(text, item);
      const values = { ...base.ExpressionAttributeValues };
      if (':l' in values) values[':l'] = L(S('2'));
      if (':s' in values) values[':s'] = { SS: ['z', 'x'] };
      if (':t' in values) values[':t'] = { NS: ['1', '2'] };
      if (':n' in values) values[':n'] = N('2.5');
      return { ...base, ExpressionAttributeValues: values };
    }),
  ),
  {
    operation: 'UpdateItem', UpdateExpression: 'SET a = a + :v', ExpressionAttributeValues: { ':v': N('9E+125') },
    item: { a: N('9E+125') },
  },
];

export const projectionCases: LocalCase[] = [
  'a[1], a[3]', 'a[3], a[1]', 'a[2].x, a[0]', 'a[2].y, a[2].x', 'a[7]', 'a[7], s', 'm.b.c, m.e[1]', 'm.e[5]', 'm.b.zz', 's.x', 's[0]',
  'm, s', 'a[1], a', 'a, a[1]', 'm.b, m.b.c', 'a[1], a[1]', 'm.b, m.e', 'a, s, a', 'a[1], s, a', 'a, b, c, a.x', 'pk', '#a', 'status',
  ' ', 'a,', 'a b', 'a[1].x, a[1][0]', 'm.e[0], m.e.x', 'a[2147483647]', 'a[2147483648]', 'a' + '.b'.repeat(40),
].map((text) => p(text, { a: L(S('0'), S('1'), M({ x: S('x'), y: S('y') }), S('3')), m: sample['m'] as AttributeValue, s: S('s') }));

export const keyConditionCases: LocalCase[] = [
  ...['pk = :v', 'pk = :v AND sk = :n', '(pk = :v AND sk = :n)', 'sk = :n AND pk = :v', ':v = pk', 'pk = :v AND :n <= sk',
    'pk = :v AND sk BETWEEN :n AND :n', 'pk = :v AND begins_with(sk, :n)', 'pk = :v AND begins_with(sk, :v)', 'pk = :v AND sk < :v',
    'pk = :v AND sk <> :n', 'pk = :v AND sk IN (:n)', 'pk = :v OR sk = :n', 'NOT pk = :v', 'pk <> :v', 'pk < :v', 'begins_with(pk, :v)',
    'pk = :v AND sk = :n AND sk = :n', 'pk = :v AND pk = :v', 'pk = :v AND attribute_exists(sk)', 'pk = :v AND contains(sk, :n)',
    'pk = :v AND size(sk) = :n', 'pk = pk', 'pk = sk', 'pk = :v AND sk = pk', 'status = :v', 'pk = :v AND (sk = :n)', 'pk = :n',
    'pk = :v AND sk BETWEEN :n AND :v', ':v = :v', 'pk = :v AND :n = :n', 'pk = :v AND sk = if_not_exists(sk, :n)',
  ].map((text) => k(text)),
  { ...k('x = :v'), dynamodb: { outcome: { error: 'Query condition missed key schema element: pk' }, reason: 'DynamoDB Local leaves out the element name' } },
  { ...k('sk = :n'), dynamodb: { outcome: { error: 'Query condition missed key schema element: pk' }, reason: 'DynamoDB Local leaves out the element name' } },
  { ...k('#pk = :v AND #sk.foo = :n'), dynamodb: { outcome: { error: 'KeyConditionExpressions cannot have conditions on nested attributes' }, reason: 'DynamoDB Local words it "Key attributes must be scalars; ..."' } },
  k('((pk = :v)) AND ((sk = :n))'),
  {
    operation: 'Query', KeyConditionExpression: 'pk = :p', FilterExpression: 'sk = :f', ExpressionAttributeValues: { ':p': S('p'), ':f': N('1') },
  },
  {
    operation: 'Query', KeyConditionExpression: 'pk = :p', FilterExpression: 'a = :f', ProjectionExpression: '#x',
    ExpressionAttributeNames: { '#x': 'x', '#y': 'y' }, ExpressionAttributeValues: { ':p': S('p'), ':f': S('f') },
  },
  { operation: 'Query', KeyConditionExpression: 'pk = :zz', FilterExpression: 'a = = :f', ExpressionAttributeValues: { ':f': S('f') } },
  { operation: 'Query', KeyConditionExpression: 'pk = :zz', ProjectionExpression: 'status', ExpressionAttributeValues: { ':f': S('f') } },
  { operation: 'Query', KeyConditionExpression: 'pk = = :zz', ProjectionExpression: 'a b' },
  { operation: 'Query', ProjectionExpression: 'a', KeyConditionExpression: 'pk = :p', FilterExpression: 'a = :zz', ExpressionAttributeValues: { ':p': S('p') } },
];

const legacyItem: AttributeMap = { a: S('x'), n: N('5'), ss: { SS: ['a', 'b'] }, l: L(S('a')) };
const expected = (Expected: Record<string, unknown>, ConditionalOperator?: string): LocalCase => ({
  operation: 'PutItem', item: legacyItem, Expected, ...(ConditionalOperator ? { ConditionalOperator } : {}),
});
const updates = (AttributeUpdates: Record<string, unknown>): LocalCase => ({ operation: 'UpdateItem', item: legacyItem, AttributeUpdates });
const keyConditions = (KeyConditions: Record<string, unknown>): LocalCase => ({ operation: 'Query', KeyConditions });
const eq = (value: AttributeValue) => ({ ComparisonOperator: 'EQ', AttributeValueList: [value] });

export const legacyCases: LocalCase[] = [
  expected({ a: { Exists: false } }), expected({ a: { Exists: true } }), expected({ a: { Exists: true, Value: S('x') } }),
  expected({ a: { Value: S('x') } }), expected({ a: { Value: S('y') } }), expected({ a: { Exists: false, Value: S('x') } }), expected({ a: {} }),
  expected({ a: eq(S('x')) }), expected({ a: { ComparisonOperator: 'EQ', AttributeValueList: [] } }), expected({ a: { ComparisonOperator: 'EQ' } }),
  expected({ a: { ComparisonOperator: 'EQ', Value: S('x') } }), expected({ a: { ComparisonOperator: 'EQ', AttributeValueList: [S('x'), S('y')] } }),
  expected({ a: { ComparisonOperator: 'NULL', AttributeValueList: [S('x')] } }), expected({ z: { ComparisonOperator: 'NULL' } }),
  expected({ a: { ComparisonOperator: 'NOT_NULL' } }), expected({ a: { ComparisonOperator: 'BETWEEN', AttributeValueList: [S('a')] } }),
  expected({ a: { ComparisonOperator: 'BETWEEN', AttributeValueList: [S('z'), S('a')] } }),
  expected({ a: { ComparisonOperator: 'BETWEEN', AttributeValueList: [S('a'), N('1')] } }), expected({ a: { ComparisonOperator: 'IN', AttributeValueList: [] } }),
  expected({ a: { ComparisonOperator: 'IN', AttributeValueList: [S('x'), N('1')] } }), expected({ a: { ComparisonOperator: 'IN', AttributeValueList: [{ SS: ['x'] }] } }),
  expected({ a: { ComparisonOperator: 'LT', AttributeValueList: [{ BOOL: true }] } }), expected({ n: { ComparisonOperator: 'GT', AttributeValueList: [N('1')] } }),
  expected({ ss: { ComparisonOperator: 'CONTAINS', AttributeValueList: [S('a')] } }), expected({ ss: { ComparisonOperator: 'CONTAINS', AttributeValueList: [{ SS: ['a'] }] } }),
  expected({ l: { ComparisonOperator: 'CONTAINS', AttributeValueList: [S('a')] } }), expected({ ss: { ComparisonOperator: 'NOT_CONTAINS', AttributeValueList: [S('z')] } }),
  expected({ zz: { ComparisonOperator: 'NOT_CONTAINS', AttributeValueList: [S('z')] } }), expected({ zz: { ComparisonOperator: 'NE', AttributeValueList: [S('z')] } }),
  expected({ a: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [N('1')] } }), expected({ a: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [S('x')] } }),
  expected({ a: { ComparisonOperator: 'EQ', AttributeValueList: [S('x')], Exists: true } }),
  expected({ a: eq(S('y')), n: eq(N('5')) }, 'OR'), expected({ a: eq(S('y')), n: eq(N('5')) }), expected({ a: eq(S('x')) }, 'OR'),
  expected({ status: { Exists: false } }), expected({ 'a.b': { Exists: false } }), expected({}),
  { operation: 'PutItem', ConditionalOperator: 'AND' },
  { ...expected({ a: { Exists: false } }), ConditionExpression: 'attribute_exists(a)' },
  { ...expected({ a: { Exists: false } }), ExpressionAttributeNames: { '#a': 'a' } },
  { ...expected({ a: { Exists: false } }), ExpressionAttributeValues: { ':a': S('a') } },
  { operation: 'PutItem', ConditionalOperator: 'AND', ConditionExpression: 'attribute_exists(a)' },
  { ...expected({ a: { Exists: false } }), ConditionalOperator: 'AND', ConditionExpression: 'attribute_exists(a)' },
  updates({ b: { Action: 'PUT', Value: S('y') } }), {
    ...updates({ b: { Value: S('z') } }),
    dynamodb: { outcome: { item: { ...legacyItem, b: S('z') } }, reason: 'DynamoDB Local ignores an update without Action; DynamoDB documents PUT as the default' },
  },
  updates({ b: { Action: 'PUT' } }), updates({ a: { Action: 'DELETE' } }),
  updates({ ss: { Action: 'DELETE', Value: { SS: ['a', 'b'] } } }), updates({ a: { Action: 'DELETE', Value: S('x') } }), updates({ n: { Action: 'ADD', Value: N('2') } }),
  updates({ l: { Action: 'ADD', Value: L(S('b')) } }), updates({ l2: { Action: 'ADD', Value: L(S('b')) } }), updates({ a: { Action: 'ADD', Value: S('b') } }),
  updates({ a: { Action: 'ADD', Value: N('1') } }), updates({ a: { Action: 'ADD' } }), updates({ pk: { Action: 'PUT', Value: S('q') } }), updates({}),
  { ...updates({ b: { Action: 'PUT', Value: S('y') } }), UpdateExpression: 'SET c = :v', ExpressionAttributeValues: v() },
  { ...updates({ b: { Action: 'PUT', Value: S('y') } }), ConditionExpression: 'attribute_exists(a)' },
  { ...updates({ b: { Action: 'PUT', Value: S('y') } }), Expected: { a: { Value: S('x') } }, UpdateExpression: 'SET c = :v', ConditionExpression: 'a = :v', ExpressionAttributeValues: v() },
  { ...updates({ b: { Action: 'PUT', Value: S('y') } }), Expected: { a: { Value: S('x') } } },
  { operation: 'GetItem', item: legacyItem, AttributesToGet: ['a', 'n', 'zz'] }, {
    operation: 'GetItem', item: legacyItem, AttributesToGet: ['a', 'a'],
    dynamodb: {
      outcome: { error: 'One or more parameter values were invalid: Duplicate value in attribute name: a' },
      reason: 'DynamoDB Local says "Cannot have two attributes with the same name"; DynamoDB names the duplicate (its request converter, and architect/dynalite test/batchGetItem.js, getItem.js, query.js, scan.js)',
    },
  },
  { operation: 'GetItem', item: legacyItem, AttributesToGet: ['l[0]'] }, { operation: 'GetItem', item: legacyItem, AttributesToGet: ['a'], ProjectionExpression: 'a' },
  { operation: 'GetItem', item: legacyItem, AttributesToGet: ['a'], ExpressionAttributeNames: { '#a': 'a' } },
  keyConditions({ pk: eq(S('x')), sk: { ComparisonOperator: 'GT', AttributeValueList: [N('1')] } }),
  keyConditions({ pk: { ComparisonOperator: 'GT', AttributeValueList: [S('x')] } }),
  keyConditions({ pk: eq(S('x')), sk: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [N('1')] } }),
  keyConditions({ pk: eq(N('1')) }),
  { ...keyConditions({ sk: eq(N('1')) }), dynamodb: { outcome: { error: 'Query condition missed key schema element: pk' }, reason: 'DynamoDB Local leaves out the element name' } },
  { ...keyConditions({ pk: eq(S('x')) }), KeyConditionExpression: 'pk = :v', ExpressionAttributeValues: v() },
  { ...keyConditions({ pk: eq(S('x')) }), FilterExpression: 'a = :v', ExpressionAttributeValues: v() },
  { operation: 'Query', QueryFilter: { a: eq(S('x')) }, KeyConditionExpression: 'pk = :v', ExpressionAttributeValues: v() },
  { operation: 'Query', AttributesToGet: ['a'], KeyConditionExpression: 'pk = :v', ExpressionAttributeValues: v() },
  {
    ...keyConditions({ pk: eq(S('x')) }), QueryFilter: { a: { ComparisonOperator: 'NULL' } }, ConditionalOperator: 'OR', AttributesToGet: ['a'],
    KeyConditionExpression: 'pk = :v', FilterExpression: 'a = :v', ProjectionExpression: 'a', ExpressionAttributeValues: v(),
  },
  { ...keyConditions({ pk: eq(S('x')) }), QueryFilter: { a: { ComparisonOperator: 'NULL' } }, ConditionalOperator: 'OR' },
  { ...keyConditions({ pk: eq(S('x')) }), QueryFilter: { a: { ComparisonOperator: 'EQ' } } },
  { ...keyConditions({ pk: eq(S('x')) }), QueryFilter: { sk: { ComparisonOperator: 'NULL' } } },
];
