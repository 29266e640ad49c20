/**
 * What the simulator's engine throws: DynamoDB's error name and message, and the extra fields
 * DynamoDB puts in the error body (the old item of a failed condition, a transaction's
 * cancellation reasons), all in wire form. The fronts turn it into a DynamoDbError (the port) or
 * an HTTP error body (the wire protocol).
 */
import type { AttributeMap } from './values/attribute-value.js';

export interface WireCancellationReason {
  readonly Code: string;
  readonly Message?: string;
  readonly Item?: AttributeMap;
}

export interface SimulatorErrorExtras {
  readonly Item?: AttributeMap;
  readonly CancellationReasons?: readonly WireCancellationReason[];
}

export class SimulatorError extends Error {
  /** DynamoDB's error name, such as `ValidationException`. */
  readonly errorName: string;
  /** HTTP status DynamoDB answers with: 400 for client errors, 500 for InternalServerError. */
  readonly statusCode: number;
  readonly extras: SimulatorErrorExtras;

  constructor(errorName: string, message: string, extras: SimulatorErrorExtras = {}, statusCode = 400) {
    super(message);
    this.name = 'SimulatorError';
    this.errorName = errorName;
    this.statusCode = statusCode;
    this.extras = extras;
  }

  static validation(message: string): SimulatorError {
    return new SimulatorError('ValidationException', message);
  }
}
