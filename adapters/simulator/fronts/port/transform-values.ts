/**
 * Applies a conversion to every value an operation's value nodes point at, with lib-dynamodb's
 * traversal rules (its `marshallInput` / `unmarshallOutput`), so that odd inputs behave as they do
 * through the AWS adapter: functions are dropped, an undefined attribute is left out, a null
 * where a map belongs fails the same way. The argument is never mutated.
 */
import type { ValueFields, ValueNode } from '../operation-value-nodes.js';

export type ConvertValue = (value: unknown) => unknown;

type Container = Record<string, unknown> | unknown[];

function visit(value: unknown, node: ValueNode, convert: ConvertValue): unknown {
  if (value === undefined) return undefined;
  if (node === 'value') return convert(value);
  if (node === 'values') return convertAll(value as Container, convert);
  if ('each' in node) {
    // Object.entries of null throws the TypeError lib-dynamodb throws; `?? {}` mirrors its own guard.
    const result: Container = Array.isArray(value) ? [] : {};
    for (const [key, child] of Object.entries((value ?? {}) as Container)) {
      if (typeof child !== 'function') (result as Record<string, unknown>)[key] = visit(child, node.each, convert);
    }
    return result;
  }
  return transformFields(value as Container, node.fields, convert);
}

function convertAll(value: Container, convert: ConvertValue): Container {
  if (Array.isArray(value)) {
    // lib-dynamodb keeps undefined list members; the SDK's serialiser then leaves them out.
    const result: unknown[] = [];
    for (const element of value) {
      if (element !== undefined && typeof element !== 'function') result.push(convert(element));
    }
    return result;
  }
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (child !== undefined && typeof child !== 'function') result[key] = convert(child);
  }
  return result;
}

/** A shallow copy of `value` with the fields that `fields` names converted. */
export function transformFields(value: Container, fields: ValueFields, convert: ConvertValue): Container {
  let result: Container;
  if (Array.isArray(value)) {
    result = value.filter((element) => typeof element !== 'function');
  } else {
    result = {};
    // The SDK's serialiser leaves out undefined and null members: so does the port.
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (child !== undefined && child !== null && typeof child !== 'function') result[key] = child;
    }
  }
  for (const key in fields) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'function') continue;
    const converted = visit(child, fields[key] as ValueNode, convert);
    if (converted !== undefined) (result as Record<string, unknown>)[key] = converted;
  }
  return result;
}
