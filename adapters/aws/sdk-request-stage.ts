/**
 * How far a request got inside the AWS SDK before it failed. The SDK throws plain `Error`s for
 * very different things (a value lib-dynamodb cannot marshal, missing credentials, a reset socket,
 * an unconvertible number in a response), so instead of guessing from messages the adapter marks
 * the milestones of each request with small middlewares and reads the last one reached:
 *
 *   converting-request   lib-dynamodb marshals the document-shaped input (document commands)
 *   resolving-identity   the SDK resolves credentials (the default chain may call STS or SSO)
 *   preparing            endpoint resolution and serialisation
 *   sending              the request is built: anything now is the network or the service
 *   converting-response  DynamoDB answered; lib-dynamodb unmarshals the output (document commands)
 *
 * The markers sit next to named middlewares of lib-dynamodb and @smithy/core; should a future SDK
 * rename them, every request fails at once with the SDK's "… is not found" error, never silently.
 */
export type RequestStage = 'converting-request' | 'resolving-identity' | 'preparing' | 'sending' | 'converting-response';

/** What a failed `send` throws inside the adapter: the SDK's error and where it happened. */
export class SdkFailure extends Error {
  readonly stage: RequestStage;
  readonly error: unknown;

  constructor(stage: RequestStage, error: unknown) {
    super(`AWS SDK request failed while ${stage}`);
    this.name = 'SdkFailure';
    this.stage = stage;
    this.error = error;
  }
}

type Handler = (args: unknown) => Promise<unknown>;
type Context = Record<PropertyKey, unknown>;
type Middleware = (next: Handler, context: Context) => Handler;

interface MiddlewareStackLike {
  add(middleware: Middleware, options: { step: 'initialize' | 'build'; priority: 'high'; name: string; override: true }): void;
  addRelativeTo(middleware: Middleware, options: { relation: 'before' | 'after'; toMiddleware: string; name: string; override: true }): void;
}

const STAGE = Symbol('dynamo-hexagon.requestStage');
const ORDER: readonly RequestStage[] = ['converting-request', 'resolving-identity', 'preparing', 'sending', 'converting-response'];

function stageOf(context: Context): RequestStage {
  return context[STAGE] as RequestStage;
}

/** Stages only move forward, whatever order the SDK runs its middlewares in. */
function advance(context: Context, stage: RequestStage): void {
  if (ORDER.indexOf(stage) > ORDER.indexOf(stageOf(context))) context[STAGE] = stage;
}

function marker(stage: RequestStage): Middleware {
  return (next, context) => (args) => {
    advance(context, stage);
    return next(args);
  };
}

function afterResponse(stage: RequestStage): Middleware {
  return (next, context) => async (args) => {
    const output = await next(args);
    advance(context, stage);
    return output;
  };
}

function guard(initial: RequestStage): Middleware {
  return (next, context) => async (args) => {
    context[STAGE] = initial;
    try {
      return await next(args);
    } catch (error) {
      throw new SdkFailure(stageOf(context), error);
    }
  };
}

/**
 * Adds the stage markers to one command. `document` is true for lib-dynamodb's commands, which
 * marshal their input and unmarshal their output; the client's own commands start at identity.
 */
export function trackRequestStage(command: object, document: boolean): void {
  const stack = (command as { readonly middlewareStack: MiddlewareStackLike }).middlewareStack;
  stack.add(guard(document ? 'converting-request' : 'resolving-identity'), { step: 'initialize', priority: 'high', name: 'dynamoHexagonStageGuard', override: true });
  stack.addRelativeTo(marker('preparing'), { relation: 'after', toMiddleware: 'httpAuthSchemeMiddleware', name: 'dynamoHexagonIdentityResolved', override: true });
  stack.add(marker('sending'), { step: 'build', priority: 'high', name: 'dynamoHexagonRequestBuilt', override: true });
  if (document) {
    stack.addRelativeTo(marker('resolving-identity'), { relation: 'after', toMiddleware: 'DocumentMarshall', name: 'dynamoHexagonMarshalled', override: true });
    stack.addRelativeTo(afterResponse('converting-response'), { relation: 'after', toMiddleware: 'DocumentUnmarshall', name: 'dynamoHexagonResponseReceived', override: true });
  }
}
