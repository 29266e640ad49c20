/**
 * Inputs and outputs of the table operations that the simulator and provisioning need:
 * CreateTable, DeleteTable, DescribeTable, ListTables, UpdateTable, UpdateTimeToLive,
 * DescribeTimeToLive, UpdateContinuousBackups, DescribeContinuousBackups, and the tagging trio
 * TagResource, UntagResource and ListTagsOfResource.
 */
export type ScalarAttributeType = 'S' | 'N' | 'B';
export type KeyType = 'HASH' | 'RANGE';
export type ProjectionType = 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
export type BillingMode = 'PROVISIONED' | 'PAY_PER_REQUEST';
export type StreamViewType = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';
export type TableStatus = 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE' | 'INACCESSIBLE_ENCRYPTION_CREDENTIALS' | 'ARCHIVING' | 'ARCHIVED';
export type IndexStatus = 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE';
export type TableClass = 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS';
export type SseType = 'AES256' | 'KMS';
export type TimeToLiveStatus = 'ENABLING' | 'DISABLING' | 'ENABLED' | 'DISABLED';

export interface AttributeDefinition {
  readonly AttributeName: string;
  readonly AttributeType: ScalarAttributeType;
}

export interface KeySchemaElement {
  readonly AttributeName: string;
  readonly KeyType: KeyType;
}

export interface Projection {
  readonly ProjectionType?: ProjectionType | undefined;
  readonly NonKeyAttributes?: readonly string[] | undefined;
}

export interface ProvisionedThroughput {
  readonly ReadCapacityUnits: number;
  readonly WriteCapacityUnits: number;
}

export interface OnDemandThroughput {
  readonly MaxReadRequestUnits?: number | undefined;
  readonly MaxWriteRequestUnits?: number | undefined;
}

export interface LocalSecondaryIndex {
  readonly IndexName: string;
  readonly KeySchema: readonly KeySchemaElement[];
  readonly Projection: Projection;
}

export interface GlobalSecondaryIndex extends LocalSecondaryIndex {
  readonly ProvisionedThroughput?: ProvisionedThroughput | undefined;
  readonly OnDemandThroughput?: OnDemandThroughput | undefined;
}

export interface StreamSpecification {
  readonly StreamEnabled: boolean;
  readonly StreamViewType?: StreamViewType | undefined;
}

export interface SseSpecification {
  readonly Enabled?: boolean | undefined;
  readonly SSEType?: SseType | undefined;
  readonly KMSMasterKeyId?: string | undefined;
}

export interface Tag {
  readonly Key: string;
  readonly Value: string;
}

export interface CreateTableInput {
  readonly TableName: string;
  readonly AttributeDefinitions: readonly AttributeDefinition[];
  readonly KeySchema: readonly KeySchemaElement[];
  readonly LocalSecondaryIndexes?: readonly LocalSecondaryIndex[] | undefined;
  readonly GlobalSecondaryIndexes?: readonly GlobalSecondaryIndex[] | undefined;
  readonly BillingMode?: BillingMode | undefined;
  readonly ProvisionedThroughput?: ProvisionedThroughput | undefined;
  readonly OnDemandThroughput?: OnDemandThroughput | undefined;
  readonly StreamSpecification?: StreamSpecification | undefined;
  readonly SSESpecification?: SseSpecification | undefined;
  readonly Tags?: readonly Tag[] | undefined;
  readonly TableClass?: TableClass | undefined;
  readonly DeletionProtectionEnabled?: boolean | undefined;
}

export interface ProvisionedThroughputDescription {
  readonly LastIncreaseDateTime?: Date;
  readonly LastDecreaseDateTime?: Date;
  readonly NumberOfDecreasesToday?: number;
  readonly ReadCapacityUnits?: number;
  readonly WriteCapacityUnits?: number;
}

export interface LocalSecondaryIndexDescription {
  readonly IndexName?: string;
  readonly KeySchema?: readonly KeySchemaElement[];
  readonly Projection?: Projection;
  readonly IndexSizeBytes?: number;
  readonly ItemCount?: number;
  readonly IndexArn?: string;
}

export interface GlobalSecondaryIndexDescription extends LocalSecondaryIndexDescription {
  readonly IndexStatus?: IndexStatus;
  readonly Backfilling?: boolean;
  readonly ProvisionedThroughput?: ProvisionedThroughputDescription;
  readonly OnDemandThroughput?: OnDemandThroughput;
}

export interface TableDescription {
  readonly TableName?: string;
  readonly TableArn?: string;
  readonly TableId?: string;
  readonly TableStatus?: TableStatus;
  readonly CreationDateTime?: Date;
  readonly AttributeDefinitions?: readonly AttributeDefinition[];
  readonly KeySchema?: readonly KeySchemaElement[];
  readonly ProvisionedThroughput?: ProvisionedThroughputDescription;
  readonly BillingModeSummary?: { readonly BillingMode?: BillingMode; readonly LastUpdateToPayPerRequestDateTime?: Date };
  readonly OnDemandThroughput?: OnDemandThroughput;
  readonly TableSizeBytes?: number;
  readonly ItemCount?: number;
  readonly LocalSecondaryIndexes?: readonly LocalSecondaryIndexDescription[];
  readonly GlobalSecondaryIndexes?: readonly GlobalSecondaryIndexDescription[];
  readonly StreamSpecification?: StreamSpecification;
  readonly LatestStreamLabel?: string;
  readonly LatestStreamArn?: string;
  readonly SSEDescription?: {
    readonly Status?: 'ENABLING' | 'ENABLED' | 'DISABLING' | 'DISABLED' | 'UPDATING';
    readonly SSEType?: SseType;
    readonly KMSMasterKeyArn?: string;
  };
  readonly TableClassSummary?: { readonly TableClass?: TableClass; readonly LastUpdateDateTime?: Date };
  readonly DeletionProtectionEnabled?: boolean;
}

export interface CreateTableOutput {
  readonly TableDescription?: TableDescription;
}

export interface DeleteTableInput {
  readonly TableName: string;
}

export interface DeleteTableOutput {
  readonly TableDescription?: TableDescription;
}

export interface DescribeTableInput {
  readonly TableName: string;
}

export interface DescribeTableOutput {
  readonly Table?: TableDescription;
}

export interface ListTablesInput {
  readonly ExclusiveStartTableName?: string | undefined;
  /** 1 to 100; DynamoDB's default and maximum page is 100 names. */
  readonly Limit?: number | undefined;
}

export interface ListTablesOutput {
  readonly TableNames?: readonly string[];
  readonly LastEvaluatedTableName?: string;
}

export interface GlobalSecondaryIndexUpdate {
  readonly Create?: GlobalSecondaryIndex | undefined;
  readonly Update?: { readonly IndexName: string; readonly ProvisionedThroughput?: ProvisionedThroughput | undefined; readonly OnDemandThroughput?: OnDemandThroughput | undefined } | undefined;
  readonly Delete?: { readonly IndexName: string } | undefined;
}

export interface UpdateTableInput {
  readonly TableName: string;
  readonly AttributeDefinitions?: readonly AttributeDefinition[] | undefined;
  readonly BillingMode?: BillingMode | undefined;
  readonly ProvisionedThroughput?: ProvisionedThroughput | undefined;
  readonly OnDemandThroughput?: OnDemandThroughput | undefined;
  readonly GlobalSecondaryIndexUpdates?: readonly GlobalSecondaryIndexUpdate[] | undefined;
  readonly StreamSpecification?: StreamSpecification | undefined;
  readonly SSESpecification?: SseSpecification | undefined;
  readonly TableClass?: TableClass | undefined;
  readonly DeletionProtectionEnabled?: boolean | undefined;
}

export interface UpdateTableOutput {
  readonly TableDescription?: TableDescription;
}

export interface TimeToLiveSpecification {
  readonly Enabled: boolean;
  readonly AttributeName: string;
}

export interface UpdateTimeToLiveInput {
  readonly TableName: string;
  readonly TimeToLiveSpecification: TimeToLiveSpecification;
}

export interface UpdateTimeToLiveOutput {
  readonly TimeToLiveSpecification?: TimeToLiveSpecification;
}

export interface DescribeTimeToLiveInput {
  readonly TableName: string;
}

export interface DescribeTimeToLiveOutput {
  readonly TimeToLiveDescription?: { readonly TimeToLiveStatus?: TimeToLiveStatus; readonly AttributeName?: string };
}

export interface ContinuousBackupsDescription {
  readonly ContinuousBackupsStatus: 'ENABLED' | 'DISABLED';
  readonly PointInTimeRecoveryDescription?: {
    readonly PointInTimeRecoveryStatus?: 'ENABLED' | 'DISABLED';
    readonly RecoveryPeriodInDays?: number;
    readonly EarliestRestorableDateTime?: Date;
    readonly LatestRestorableDateTime?: Date;
  };
}

export interface UpdateContinuousBackupsInput {
  readonly TableName: string;
  readonly PointInTimeRecoverySpecification: {
    readonly PointInTimeRecoveryEnabled: boolean;
    readonly RecoveryPeriodInDays?: number | undefined;
  };
}

export interface UpdateContinuousBackupsOutput {
  readonly ContinuousBackupsDescription?: ContinuousBackupsDescription;
}

export interface DescribeContinuousBackupsInput {
  readonly TableName: string;
}

export interface DescribeContinuousBackupsOutput {
  readonly ContinuousBackupsDescription?: ContinuousBackupsDescription;
}

export interface TagResourceInput {
  /** A table's ARN: `arn:aws:dynamodb:<region>:<account>:table/<name>`. */
  readonly ResourceArn: string;
  /** 1 to 50 tags; a key the table already has gets the new value. */
  readonly Tags: readonly Tag[];
}

export type TagResourceOutput = Record<string, never>;

export interface UntagResourceInput {
  readonly ResourceArn: string;
  /** At least one key; keys the table does not have are ignored. */
  readonly TagKeys: readonly string[];
}

export type UntagResourceOutput = Record<string, never>;

export interface ListTagsOfResourceInput {
  readonly ResourceArn: string;
  readonly NextToken?: string | undefined;
}

export interface ListTagsOfResourceOutput {
  readonly Tags?: readonly Tag[];
  readonly NextToken?: string;
}
