/**
 * The expressions module on its own: parser structure and precedence, the request entry point,
 * evaluation laws and update/projection behaviour, as examples and fast-check properties.
 * (Exact messages against DynamoDB Local: expressions.local.unit.test.ts.)
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { AttributeMap } from '../../../../adapters/simulator/values/attribute-value.js';
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import { applyProjection, planProjection } from '../../../../adapters/simulator/expressions/apply-projection.js';
import { applyUpdate } from '../../../../adapters/simulator/expressions/apply-update.js';
import type { Condition } from '../../../../adapters/simulator/expressions/ast.js';
import { evaluateCondition } from '../../../../adapters/simulator/expressions/evaluate-condition.js';
import { javaHashOrder } from '../../../../adapters/simulator/expressions/java-hash-order.js';
import { prepareRequestExpressions } from '../../../../adapters/simulator/expressions/prepare-request-expressions.js';
import { DOCUMENTED_RESERVED_WORDS, isReservedWord } from '../../../../adapters/simulator/expressions/reserved-words.js';
import { valueAtPath } from '../../../../adapters/simulator/expressions/value-at-path.js';
import { conditionArbitrary, itemArbitrary, pathArbitrary, valueArbitrary } from './arbitraries.js';
import { printCondition } from './print-condition.js';

const RUNS = { numRuns: 200 };

function condition(text: string, values: Record<string, unknown> = {}, names?: Record<string, string>): Condition {
  const prepared = prepareRequestExpressions('PutItem', {
    ConditionExpression: text,
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
    ...(names ? { ExpressionAttributeNames: names } : {}),
  });
  return prepared.condition as Condition;
}

function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof SimulatorError) return error.message;
    throw error;
  }
  return 'no error';
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('expressions', () => {
  describe('parsing', () => {
    it('binds comparisons tighter than NOT, NOT tighter than AND, AND tighter than OR', () => {
      const parsed = condition('a = :v OR b = :v AND NOT c = :v', { ':v': { S: 'x' } });
      expect(parsed.kind).to.equal('or');
      if (parsed.kind !== 'or') return;
      expect(parsed.left.kind).to.equal('compare');
      expect(parsed.right.kind).to.equal('and');
      if (parsed.right.kind !== 'and') return;
      expect(parsed.right.right.kind).to.equal('not');
    });

    it('parses BETWEEN ... AND ... inside a conjunction', () => {
      const parsed = condition('a BETWEEN :x AND :y AND b IN (:x, :y)', { ':x': { N: '1' }, ':y': { N: '2' } });
      expect(parsed.kind).to.equal('and');
      if (parsed.kind !== 'and') return;
      expect(parsed.left.kind).to.equal('between');
      expect(parsed.right.kind).to.equal('in');
    });

    it('resolves names and list indexes in paths', () => {
      const parsed = condition('#a.b[2].#c = :v', { ':v': { S: 'x' } }, { '#a': 'first.name', '#c': 'c' });
      expect(parsed).to.deep.equal({ kind: 'compare', operator: '=', left: { kind: 'path', path: ['first.name', 'b', 2, 'c'] }, right: { kind: 'value', value: { S: 'x' } } });
    });

    it('treats keywords case-insensitively and function names case-sensitively', () => {
      expect(condition('a = :v and not b = :v', { ':v': { S: 'x' } }).kind).to.equal('and');
      expect(errorOf(() => condition('Size(a) = :v', { ':v': { N: '1' } }))).to.equal('Invalid ConditionExpression: Invalid function name; function: Size');
    });

    it('parses update clauses in any order and keeps the written order of actions', () => {
      const prepared = prepareRequestExpressions('UpdateItem', {
        UpdateExpression: 'REMOVE r ADD n :n SET s = :s, t = if_not_exists(t, :s) DELETE d :d',
        ExpressionAttributeValues: { ':n': { N: '1' }, ':s': { S: 'x' }, ':d': { SS: ['x'] } },
      });
      expect(prepared.update?.actions.map((action) => `${action.kind}:${action.path.join('.')}`)).to.deep.equal(['remove:r', 'add:n', 'set:s', 'set:t', 'delete:d']);
    });

    it('reports unused placeholders across all expressions of a request, names first', () => {
      const request = {
        KeyConditionExpression: 'pk = :p',
        FilterExpression: '#f = :f',
        ProjectionExpression: '#g',
        ExpressionAttributeNames: { '#f': 'f', '#g': 'g', '#unused': 'u' },
        ExpressionAttributeValues: { ':p': { S: 'p' }, ':f': { S: 'f' }, ':extra': { S: 'e' } },
      };
      expect(errorOf(() => prepareRequestExpressions('Query', request))).to.equal('Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}');
      const { ExpressionAttributeNames: _names, ...withoutNames } = request;
      expect(errorOf(() => prepareRequestExpressions('Query', { ...withoutNames, FilterExpression: 'f = :f', ProjectionExpression: 'g' })))
        .to.equal('Value provided in ExpressionAttributeValues unused in expressions: keys: {:extra}');
    });

    it('caches parses by text, so a repeated expression resolves against each request\'s values', () => {
      const first = condition('a = :v', { ':v': { S: 'one' } });
      const second = condition('a = :v', { ':v': { S: 'two' } });
      expect(first).to.not.deep.equal(second);
      expect(evaluateCondition(second, { a: { S: 'two' } })).to.equal(true);
    });

    it('lists the documented reserved words, except the two DynamoDB Local accepts', () => {
      expect(DOCUMENTED_RESERVED_WORDS).to.have.length(573);
      expect(isReservedWord('Status')).to.equal(true);
      expect(isReservedWord('size')).to.equal(false);
      expect(isReservedWord('payload')).to.equal(false);
    });

    it('orders keys as a Java HashMap does', () => {
      expect(javaHashOrder(['#z', '#b', '#a'])).to.deep.equal(['#z', '#a', '#b']);
      expect(javaHashOrder([':z', ':m', ':a'])).to.deep.equal([':z', ':m', ':a']);
    });

    it('prints and parses back to the same condition (property)', () => {
      fc.assert(
        fc.property(conditionArbitrary, (original) => {
          const printed = printCondition(original);
          const parsed = condition(printed.text, printed.values, Object.keys(printed.names).length > 0 ? printed.names : undefined);
          expect(parsed).to.deep.equal(original);
        }),
        RUNS,
      );
    });
  });

  describe('evaluation', () => {
    it('NOT NOT c is c, and De Morgan holds (property)', () => {
      fc.assert(
        fc.property(conditionArbitrary, conditionArbitrary, itemArbitrary, (c, d, item) => {
          expect(evaluateCondition({ kind: 'not', operand: { kind: 'not', operand: c } }, item)).to.equal(evaluateCondition(c, item));
          const notAnd = evaluateCondition({ kind: 'not', operand: { kind: 'and', left: c, right: d } }, item);
          const orNots = evaluateCondition({ kind: 'or', left: { kind: 'not', operand: c }, right: { kind: 'not', operand: d } }, item);
          expect(notAnd).to.equal(orNots);
        }),
        RUNS,
      );
    });

    it('attribute_exists and attribute_not_exists are complements (property)', () => {
      fc.assert(
        fc.property(pathArbitrary, itemArbitrary, (path, item) => {
          const exists = evaluateCondition({ kind: 'attribute_exists', path }, item);
          expect(evaluateCondition({ kind: 'attribute_not_exists', path }, item)).to.equal(!exists);
          expect(exists).to.equal(valueAtPath(item, path) !== undefined);
        }),
        RUNS,
      );
    });

    it('compares across types as false, never as an error', () => {
      const item: AttributeMap = { s: { S: '5' }, n: { N: '5' } };
      expect(evaluateCondition(condition('s < :n', { ':n': { N: '9' } }), item)).to.equal(false);
      expect(evaluateCondition(condition('s <> :n', { ':n': { N: '5' } }), item)).to.equal(true);
      expect(evaluateCondition(condition('n BETWEEN :a AND :b', { ':a': { N: '5' }, ':b': { N: '5' } }), item)).to.equal(true);
    });

    it('counts string sizes in UTF-16 code units and binary sizes in bytes', () => {
      const item: AttributeMap = { s: { S: 'a😀' }, b: { B: new Uint8Array([1, 2, 3]) } };
      expect(evaluateCondition(condition('size(s) = :n', { ':n': { N: '3' } }), item)).to.equal(true);
      expect(evaluateCondition(condition('size(b) = :n', { ':n': { N: '3' } }), item)).to.equal(true);
    });
  });

  describe('updates', () => {
    it('SET then read gives the value, and the input item is not mutated (property)', () => {
      fc.assert(
        fc.property(itemArbitrary, fc.constantFrom('a', 'b', 'c', 'x'), valueArbitrary, (item, name, value) => {
          const frozen = deepFreeze(structuredClone(item));
          const prepared = prepareRequestExpressions('UpdateItem', { UpdateExpression: 'SET #n = :v', ExpressionAttributeNames: { '#n': name }, ExpressionAttributeValues: { ':v': value } });
          const result = applyUpdate(prepared.update as NonNullable<typeof prepared.update>, frozen);
          expect(result.item[name]).to.deep.equal(value);
          expect(frozen).to.deep.equal(item);
          expect(result.updatedPaths).to.deep.equal([[name]]);
        }),
        RUNS,
      );
    });

    it('appends past the end of a list in index order and removes by the original indexes', () => {
      const item: AttributeMap = { l: { L: [{ S: '0' }, { S: '1' }, { S: '2' }] } };
      const prepared = prepareRequestExpressions('UpdateItem', {
        UpdateExpression: 'SET l[9] = :x, l[7] = :y REMOVE l[0], l[1]',
        ExpressionAttributeValues: { ':x': { S: 'x' }, ':y': { S: 'y' } },
      });
      const result = applyUpdate(prepared.update as NonNullable<typeof prepared.update>, item);
      expect(result.item['l']).to.deep.equal({ L: [{ S: '2' }, { S: 'y' }, { S: 'x' }] });
    });

    it('shares unchanged attributes with the input item', () => {
      const untouched = { M: { deep: { S: 'x' } } };
      const item: AttributeMap = { keep: untouched, n: { N: '1' } };
      const prepared = prepareRequestExpressions('UpdateItem', { UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } });
      const result = applyUpdate(prepared.update as NonNullable<typeof prepared.update>, item);
      expect(result.item['keep']).to.equal(untouched);
      expect(result.item['n']).to.deep.equal({ N: '2' });
    });
  });

  describe('projection', () => {
    it('projecting every top-level attribute gives the item back (property)', () => {
      fc.assert(
        fc.property(itemArbitrary, (item) => {
          expect(applyProjection(planProjection(Object.keys(item).map((name) => [name])), item)).to.deep.equal(item);
        }),
        RUNS,
      );
    });

    it('a projected path holds the value at that path (property)', () => {
      fc.assert(
        fc.property(itemArbitrary, pathArbitrary, (item, path) => {
          const projected = applyProjection(planProjection([path]), item);
          const value = valueAtPath(item, path);
          if (value === undefined) expect(projected).to.deep.equal({});
          else if (!path.some((element) => typeof element === 'number')) expect(valueAtPath(projected, path)).to.deep.equal(value);
        }),
        RUNS,
      );
    });
  });
});
