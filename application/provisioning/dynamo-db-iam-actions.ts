/**
 * DynamoDB's IAM actions (service prefix `dynamodb`), as the Service Authorization Reference
 * ("Actions, resources, and condition keys for Amazon DynamoDB") lists them, with the resource
 * types they accept. The generated policies are checked against this list, so a misspelt or
 * invented action cannot slip into a policy.
 */
export const DYNAMODB_IAM_ACTIONS = [
  'BatchGetItem', 'BatchWriteItem', 'ConditionCheckItem', 'CreateBackup', 'CreateGlobalTable', 'CreateTable', 'CreateTableReplica',
  'DeleteBackup', 'DeleteItem', 'DeleteResourcePolicy', 'DeleteTable', 'DeleteTableReplica', 'DescribeBackup', 'DescribeContinuousBackups',
  'DescribeContributorInsights', 'DescribeEndpoints', 'DescribeExport', 'DescribeGlobalTable', 'DescribeGlobalTableSettings', 'DescribeImport',
  'DescribeKinesisStreamingDestination', 'DescribeLimits', 'DescribeReservedCapacity', 'DescribeReservedCapacityOfferings', 'DescribeStream',
  'DescribeTable', 'DescribeTableReplicaAutoScaling', 'DescribeTimeToLive', 'DisableKinesisStreamingDestination', 'EnableKinesisStreamingDestination',
  'ExportTableToPointInTime', 'GetItem', 'GetRecords', 'GetResourcePolicy', 'GetShardIterator', 'ImportTable', 'ListBackups', 'ListContributorInsights',
  'ListExports', 'ListGlobalTables', 'ListImports', 'ListStreams', 'ListTables', 'ListTagsOfResource', 'PartiQLDelete', 'PartiQLInsert', 'PartiQLSelect',
  'PartiQLUpdate', 'PurchaseReservedCapacityOfferings', 'PutItem', 'PutResourcePolicy', 'Query', 'RestoreTableFromAwsBackup', 'RestoreTableFromBackup',
  'RestoreTableToPointInTime', 'Scan', 'StartAwsBackupJob', 'TagResource', 'UntagResource', 'UpdateContinuousBackups', 'UpdateContributorInsights',
  'UpdateGlobalTable', 'UpdateGlobalTableSettings', 'UpdateGlobalTableVersion', 'UpdateItem', 'UpdateKinesisStreamingDestination', 'UpdateTable',
  'UpdateTableReplicaAutoScaling', 'UpdateTimeToLive',
] as const;

export type DynamoDbAction = (typeof DYNAMODB_IAM_ACTIONS)[number];

const ACTIONS: ReadonlySet<string> = new Set(DYNAMODB_IAM_ACTIONS);

export function isDynamoDbAction(name: string): name is DynamoDbAction {
  return ACTIONS.has(name);
}

/** Actions with no resource type: a statement granting them must name every resource (`*`). */
export const ACCOUNT_LEVEL_ACTIONS: ReadonlySet<DynamoDbAction> = new Set<DynamoDbAction>([
  'DescribeEndpoints', 'DescribeLimits', 'DescribeReservedCapacity', 'DescribeReservedCapacityOfferings', 'ListBackups', 'ListContributorInsights',
  'ListExports', 'ListGlobalTables', 'ListImports', 'ListStreams', 'ListTables', 'PurchaseReservedCapacityOfferings',
]);

/** Actions on a table's stream, whose resource is the stream's ARN (`table/<name>/stream/<label>`). */
export const STREAM_ACTIONS: ReadonlySet<DynamoDbAction> = new Set<DynamoDbAction>(['DescribeStream', 'GetRecords', 'GetShardIterator']);
