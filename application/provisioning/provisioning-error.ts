/**
 * What provisioning throws for its own reasons (DynamoDB's errors pass through as DynamoDbError):
 * options it cannot use, a table that does not become ACTIVE in time, a policy that fails its
 * own checks.
 */
const BRAND = Symbol.for('dynamo-hexagon.ProvisioningError');

export type ProvisioningErrorCode = 'InvalidOptions' | 'TableNotActive' | 'TableUnusable' | 'InvalidPolicy';

export class ProvisioningError extends Error {
  readonly [BRAND] = true;
  readonly code: ProvisioningErrorCode;
  /** The table concerned, when there is one. */
  readonly tableName: string | undefined;

  constructor(code: ProvisioningErrorCode, message: string, tableName?: string) {
    super(message);
    this.name = 'ProvisioningError';
    this.code = code;
    this.tableName = tableName;
  }

  static is(value: unknown): value is ProvisioningError {
    return typeof value === 'object' && value !== null && (value as Partial<Record<typeof BRAND, unknown>>)[BRAND] === true;
  }
}
