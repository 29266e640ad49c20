/**
 * The fields DynamoDB's model types as timestamps, wherever they sit in a table, index, backup or
 * stream description or in a stream record. On the wire they are epoch seconds; through the AWS
 * SDK and the port they are Dates.
 */
export const DYNAMODB_TIMESTAMP_FIELDS: ReadonlySet<string> = new Set([
  'CreationDateTime',
  'LastIncreaseDateTime',
  'LastDecreaseDateTime',
  'LastUpdateToPayPerRequestDateTime',
  'LastUpdateDateTime',
  'EarliestRestorableDateTime',
  'LatestRestorableDateTime',
  'CreationRequestDateTime',
  'ApproximateCreationDateTime',
  'InaccessibleEncryptionDateTime',
  'ArchivalDateTime',
]);
