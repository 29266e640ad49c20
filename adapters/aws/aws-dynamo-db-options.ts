/** Options of the AWS adapter. Anything not given comes from the standard AWS chain. */
export interface StaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

export interface AwsDynamoDbOptions {
  /** AWS region; otherwise AWS_REGION, the profile, or instance metadata. */
  readonly region?: string | undefined;
  /** A DynamoDB-compatible endpoint such as DynamoDB Local or the simulator's HTTP server. */
  readonly endpoint?: string | undefined;
  /** Static credentials; otherwise the standard chain (environment, profile, IAM role, web identity). */
  readonly credentials?: StaticCredentials | undefined;
  /** Return numbers as lib-dynamodb NumberValue, for numbers a JavaScript number cannot hold. */
  readonly wrapNumbers?: boolean | undefined;
}
