/**
 * Converts between lib-dynamodb's document shape and the engine's wire form with the SDK's own
 * marshaller (@aws-sdk/util-dynamodb) and the options every adapter shares, so that the simulator
 * accepts, rejects and converts values exactly as the AWS adapter does.
 */
import { convertToAttr, convertToNative, type marshallOptions, type unmarshallOptions as SdkUnmarshallOptions } from '@aws-sdk/util-dynamodb';
import { MARSHALL_OPTIONS, unmarshallOptions } from '../../../../ports/marshalling-options.js';
import type { AttributeMap } from '../../values/attribute-value.js';
import { transformFields, type ConvertValue } from './transform-values.js';
import type { ValueFields } from '../operation-value-nodes.js';

export interface DocumentCodec {
  /** One document value to its attribute value (throws the marshaller's errors). */
  readonly marshallValue: ConvertValue;
  /** One attribute value to its document value. */
  readonly unmarshallValue: ConvertValue;
  /** The fields of a request that hold values, marshalled; the rest copied as they are. */
  marshallFields(request: object, fields: ValueFields): Record<string, unknown>;
  /** The fields of a response that hold values, unmarshalled. */
  unmarshallFields(response: object, fields: ValueFields): Record<string, unknown>;
  /** A whole item (an error's Item, a stream image) to the document shape. */
  unmarshallItem(item: AttributeMap): Record<string, unknown>;
}

export function createDocumentCodec(wrapNumbers: boolean): DocumentCodec {
  // Private copies: the SDK's marshalling functions may write into the options they are given.
  // convertTopLevelContainer makes marshall() and convertToAttr() agree on maps and lists, so the
  // per-value convertToAttr below is what lib-dynamodb's per-value marshall() does.
  const marshalling: marshallOptions = { ...MARSHALL_OPTIONS };
  const unmarshalling: SdkUnmarshallOptions = { ...unmarshallOptions(wrapNumbers), convertWithoutMapWrapper: true };
  const marshallValue: ConvertValue = (value) => convertToAttr(value as Parameters<typeof convertToAttr>[0], marshalling);
  const unmarshallValue: ConvertValue = (value) => convertToNative(value as Parameters<typeof convertToNative>[0], unmarshalling);
  const unmarshallItem = (item: AttributeMap): Record<string, unknown> => {
    const document: Record<string, unknown> = {};
    for (const name in item) document[name] = unmarshallValue(item[name]);
    return document;
  };
  return {
    marshallValue,
    unmarshallValue,
    marshallFields: (request, fields) => transformFields(request as Record<string, unknown>, fields, marshallValue) as Record<string, unknown>,
    unmarshallFields: (response, fields) => transformFields(response as Record<string, unknown>, fields, unmarshallValue) as Record<string, unknown>,
    unmarshallItem,
  };
}
