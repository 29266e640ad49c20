/**
 * The parts of an API Gateway HTTP API event (payload format 2.0) and of its result that the
 * ingestion handler uses. Declared here so that no AWS Lambda types package is needed; a real
 * event has more fields, which are ignored.
 */
export interface HttpApiEvent {
  readonly version?: string | undefined;
  readonly routeKey?: string | undefined;
  readonly rawPath?: string | undefined;
  readonly headers?: Readonly<Record<string, string | undefined>> | undefined;
  readonly pathParameters?: Readonly<Record<string, string | undefined>> | undefined;
  readonly body?: string | null | undefined;
  readonly isBase64Encoded?: boolean | undefined;
  readonly requestContext?:
    | {
        readonly requestId?: string | undefined;
        readonly http?: { readonly method?: string | undefined; readonly path?: string | undefined } | undefined;
      }
    | undefined;
}

export interface HttpApiResult {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}
