/**
 * The table operations' requests as they look once their shape was checked against
 * table-shapes.ts: members the shape requires are present, optional ones may be absent or null.
 */
export interface AttributeDefinitionRequest {
  readonly AttributeName: string;
  readonly AttributeType: 'S' | 'N' | 'B';
}

export interface KeySchemaElementRequest {
  readonly AttributeName: string;
  readonly KeyType: 'HASH' | 'RANGE';
}

export interface ThroughputRequest {
  readonly ReadCapacityUnits: number;
  readonly WriteCapacityUnits: number;
}

export interface OnDemandThroughputRequest {
  readonly MaxReadRequestUnits?: number | null;
  readonly MaxWriteRequestUnits?: number | null;
}

export interface ProjectionRequest {
  readonly ProjectionType?: 'ALL' | 'KEYS_ONLY' | 'INCLUDE' | null;
  readonly NonKeyAttributes?: readonly string[] | null;
}

export interface IndexRequest {
  readonly IndexName: string;
  readonly KeySchema: readonly KeySchemaElementRequest[];
  readonly Projection: ProjectionRequest;
  readonly ProvisionedThroughput?: ThroughputRequest | null;
  readonly OnDemandThroughput?: OnDemandThroughputRequest | null;
}

export interface StreamSpecificationRequest {
  readonly StreamEnabled: boolean;
  readonly StreamViewType?: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | null;
}

export interface SseSpecificationRequest {
  readonly Enabled?: boolean | null;
  readonly SSEType?: 'AES256' | 'KMS' | null;
  readonly KMSMasterKeyId?: string | null;
}

export interface TagRequest {
  readonly Key: string;
  readonly Value: string;
}

export interface CreateTableRequest {
  readonly TableName: string;
  readonly AttributeDefinitions: readonly AttributeDefinitionRequest[];
  readonly KeySchema: readonly KeySchemaElementRequest[];
  readonly LocalSecondaryIndexes?: readonly IndexRequest[] | null;
  readonly GlobalSecondaryIndexes?: readonly IndexRequest[] | null;
  readonly BillingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST' | null;
  readonly ProvisionedThroughput?: ThroughputRequest | null;
  readonly OnDemandThroughput?: OnDemandThroughputRequest | null;
  readonly StreamSpecification?: StreamSpecificationRequest | null;
  readonly SSESpecification?: SseSpecificationRequest | null;
  readonly Tags?: readonly TagRequest[] | null;
  readonly TableClass?: string | null;
  readonly DeletionProtectionEnabled?: boolean | null;
}

export interface WarmThroughputRequest {
  readonly ReadUnitsPerSecond?: number | null;
  readonly WriteUnitsPerSecond?: number | null;
}

/** Whether a WarmThroughput asks for anything: DynamoDB treats `{}` as no warm throughput at all. */
export function asksForWarmThroughput(warm: unknown): boolean {
  if (typeof warm !== 'object' || warm === null) return false;
  const { ReadUnitsPerSecond: read, WriteUnitsPerSecond: write } = warm as WarmThroughputRequest;
  return given(read) || given(write);
}

export interface GlobalIndexUpdateRequest {
  readonly Update?: {
    readonly IndexName: string;
    readonly ProvisionedThroughput?: ThroughputRequest | null;
    readonly OnDemandThroughput?: OnDemandThroughputRequest | null;
    readonly WarmThroughput?: WarmThroughputRequest | null;
  } | null;
  readonly Create?: IndexRequest | null;
  readonly Delete?: { readonly IndexName: string } | null;
}

export interface UpdateTableRequest {
  readonly TableName: string;
  readonly AttributeDefinitions?: readonly AttributeDefinitionRequest[] | null;
  readonly BillingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST' | null;
  readonly ProvisionedThroughput?: ThroughputRequest | null;
  readonly OnDemandThroughput?: OnDemandThroughputRequest | null;
  readonly GlobalSecondaryIndexUpdates?: readonly GlobalIndexUpdateRequest[] | null;
  readonly StreamSpecification?: StreamSpecificationRequest | null;
  readonly SSESpecification?: SseSpecificationRequest | null;
  readonly TableClass?: string | null;
  readonly DeletionProtectionEnabled?: boolean | null;
  readonly ReplicaUpdates?: readonly unknown[] | null;
  readonly WarmThroughput?: unknown;
}

/** A member that the request carries (JSON null counts as absent). */
export function given<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}
