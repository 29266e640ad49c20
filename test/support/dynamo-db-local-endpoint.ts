/** The endpoint of the DynamoDB Local that the global fixture started. */
export function dynamoDbLocalEndpoint(): string {
  const endpoint = process.env['DYNAMODB_LOCAL_ENDPOINT'];
  if (endpoint === undefined) throw new Error('DYNAMODB_LOCAL_ENDPOINT is not set: run the tests through `npm test`, which starts DynamoDB Local');
  return endpoint;
}
