/**
 * The options with which every adapter converts between the document shape and DynamoDB's typed
 * attribute values, so that all of them accept, reject and convert the same values.
 */
export interface MarshallOptions {
  readonly convertEmptyValues: boolean;
  readonly removeUndefinedValues: boolean;
  readonly convertClassInstanceToMap: boolean;
  readonly convertTopLevelContainer: boolean;
  readonly allowImpreciseNumbers: boolean;
}

/** lib-dynamodb's defaults: undefined, empty sets and imprecise numbers are errors. */
export const MARSHALL_OPTIONS: MarshallOptions = Object.freeze({
  convertEmptyValues: false,
  removeUndefinedValues: false,
  convertClassInstanceToMap: false,
  convertTopLevelContainer: true,
  allowImpreciseNumbers: false,
});

export interface UnmarshallOptions {
  readonly wrapNumbers: boolean;
}

export function unmarshallOptions(wrapNumbers: boolean): UnmarshallOptions {
  return Object.freeze({ wrapNumbers });
}
