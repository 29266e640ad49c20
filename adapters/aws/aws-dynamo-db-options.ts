/** Options of the AWS adapter. Anything not given comes from the standard AWS chain. */
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

export interface StaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

/** Credentials with an expiry, for sources that rotate them (assumed roles, SSO). */
export interface ExpiringCredentials extends StaticCredentials {
  readonly expiration?: Date | undefined;
}

/** Called whenever the SDK needs credentials; the SDK caches them until `expiration`. */
export type CredentialsProvider = () => Promise<ExpiringCredentials>;

export interface AwsDynamoDbOptions {
  /** AWS region; otherwise AWS_REGION, the profile, or instance metadata. */
  readonly region?: string | undefined;
  /** A DynamoDB-compatible endpoint such as DynamoDB Local or the simulator's HTTP server. */
  readonly endpoint?: string | undefined;
  /**
   * Static credentials or a provider of them. Without it the SDK's default chain applies:
   * environment, shared config and credentials files (AWS_PROFILE or `profile`), SSO, web identity
   * (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN, as EKS sets for IRSA), ECS and EC2 instance roles.
   */
  readonly credentials?: StaticCredentials | CredentialsProvider | undefined;
  /** The shared-config profile for region and credentials, instead of AWS_PROFILE. */
  readonly profile?: string | undefined;
  /** Return numbers as lib-dynamodb NumberValue, for numbers a JavaScript number cannot hold. */
  readonly wrapNumbers?: boolean | undefined;
  /**
   * Milliseconds to wait for a response before the request fails as a retryable `Timeout`
   * service error; 0 waits forever. Default 10 000.
   */
  readonly requestTimeoutMs?: number | undefined;
  /** Milliseconds to wait for a connection; 0 waits forever. Default 3 000. */
  readonly connectionTimeoutMs?: number | undefined;
  /**
   * Replaces the SDK's HTTP handler, for example with the simulator's in-process wire front.
   * The timeouts above then do not apply.
   */
  readonly requestHandler?: DynamoDBClientConfig['requestHandler'] | undefined;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
export const DEFAULT_CONNECTION_TIMEOUT_MS = 3_000;
