/**
 * A table as the simulator's engine knows it, after CreateTable (or UpdateTable) validated and
 * normalised the request. The catalog owns these (one immutable object per table version); the
 * item stores, the streams and DescribeTable read them.
 */
export type KeyAttributeType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  readonly name: string;
  readonly type: KeyAttributeType;
}

export interface KeySchema {
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
}

export interface IndexProjection {
  readonly type: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  /** For INCLUDE: the projected non-key attributes, in the order they were given. */
  readonly nonKeyAttributes: readonly string[];
}

export interface ThroughputSettings {
  readonly readCapacityUnits: number;
  readonly writeCapacityUnits: number;
}

export interface IndexDefinition {
  readonly name: string;
  readonly kind: 'global' | 'local';
  readonly keySchema: KeySchema;
  readonly projection: IndexProjection;
  readonly arn: string;
  /** Global indexes of provisioned tables only. */
  readonly provisionedThroughput?: ThroughputSettings;
}

export interface StreamSettings {
  readonly viewType: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';
  readonly arn: string;
  /** The label part of the ARN: an ISO-8601 timestamp. */
  readonly label: string;
}

export interface TimeToLiveSettings {
  readonly attributeName: string;
  readonly enabled: boolean;
}

export interface TableDefinition {
  readonly name: string;
  readonly arn: string;
  readonly id: string;
  /** Milliseconds since the epoch, from the engine's clock. */
  readonly createdAt: number;
  readonly keySchema: KeySchema;
  readonly attributeDefinitions: readonly { readonly AttributeName: string; readonly AttributeType: KeyAttributeType }[];
  readonly localIndexes: readonly IndexDefinition[];
  readonly globalIndexes: readonly IndexDefinition[];
  readonly billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST';
  readonly provisionedThroughput?: ThroughputSettings;
  /** The current stream, if enabled; a disabled stream's records stay readable for 24 hours. */
  readonly stream?: StreamSettings;
  readonly timeToLive?: TimeToLiveSettings;
  readonly sse: { readonly enabled: boolean; readonly type?: 'AES256' | 'KMS'; readonly kmsMasterKeyId?: string };
  readonly tableClass: 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS';
  readonly deletionProtection: boolean;
  readonly pointInTimeRecovery: { readonly enabled: boolean; readonly recoveryPeriodInDays: number };
}
