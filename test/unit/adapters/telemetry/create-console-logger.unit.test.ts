import { expect } from 'chai';
import { createConsoleLogger } from '../../../../adapters/telemetry/create-console-logger.js';
import { createConsoleTelemetry } from '../../../../adapters/telemetry/create-console-telemetry.js';
import { createInMemoryTelemetry } from '../../../../adapters/telemetry/create-in-memory-telemetry.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { LogLevel } from '../../../../ports/telemetry.js';

const AT = new Date('2025-01-02T03:04:05.678Z');

function capture(level: LogLevel): { lines: string[]; logger: ReturnType<typeof createConsoleLogger> } {
  const lines: string[] = [];
  return { lines, logger: createConsoleLogger(level, (line) => lines.push(line), () => AT) };
}

describe('createConsoleLogger', () => {
  it('writes one line per message at or above its level: time, level, message, fields as JSON', () => {
    const { lines, logger } = capture('info');
    logger.log('debug', 'dropped');
    logger.log('info', 'dynamodb transaction committed', { tables: ['t'], item_count: 2 });
    logger.log('error', 'plain');
    expect(lines).to.deep.equal([
      '2025-01-02T03:04:05.678Z INFO  dynamodb transaction committed {"tables":["t"],"item_count":2}',
      '2025-01-02T03:04:05.678Z ERROR plain',
    ]);
    expect(logger.isEnabled?.('info')).to.equal(true);
    expect(logger.isEnabled?.('debug')).to.equal(false);
  });

  it('renders document values JSON cannot hold, cuts cycles, and redacts fields named like secrets', () => {
    const { lines, logger } = capture('trace');
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle['self'] = cycle;
    logger.log('trace', 'payload', {
      big: 12345678901234567890n,
      tags: new Set(['a', 'b']),
      bytes: new Uint8Array([1, 2, 3]),
      cycle,
      credentials: { accessKeyId: 'AKIDCANARY', secretAccessKey: 'CANARY' },
      nested: { sessionToken: 'CANARY-TOKEN', ok: 1 },
      error: new DynamoDbError({ kind: 'service', reason: 'Network', errorName: 'NetworkingError', message: 'down', retryable: true, cause: { hidden: 'CANARY-CAUSE' } }),
    });
    const fields = JSON.parse(lines[0]?.slice(lines[0].indexOf('{')) ?? '{}') as Record<string, unknown>;
    expect(fields).to.deep.include({ big: '12345678901234567890', tags: ['a', 'b'], bytes: { base64: 'AQID' }, cycle: { name: 'loop', self: '[circular]' }, credentials: '[redacted]', nested: { sessionToken: '[redacted]', ok: 1 } });
    expect(fields['error']).to.deep.include({ name: 'DynamoDbError', errorName: 'NetworkingError', message: 'down' });
    expect(lines[0]).not.to.match(/CANARY/);
  });

  it('refuses an unknown level', () => {
    expect(() => createConsoleLogger('verbose' as LogLevel)).to.throw(RangeError, 'verbose');
  });

  it('makes console telemetry that logs and records nothing else', () => {
    const lines: string[] = [];
    const telemetry = createConsoleTelemetry('warn', (line) => lines.push(line));
    telemetry.logger.log('warn', 'careful');
    telemetry.metrics.increment('x', {});
    telemetry.tracer.startSpan('s', {}).end();
    expect(lines).to.have.length(1);
  });
});

describe('createInMemoryTelemetry', () => {
  it('sums counters and gathers observations over the series whose labels match', () => {
    const telemetry = createInMemoryTelemetry({ level: 'warn' });
    telemetry.metrics.increment('c', { table: 't', status: 'success' });
    telemetry.metrics.increment('c', { status: 'success', table: 't' }, 2);
    telemetry.metrics.increment('c', { table: 'u', status: 'error' });
    telemetry.metrics.observe('h', { table: 't' }, 0.5);
    telemetry.metrics.observe('h', { table: 'u' }, 1.5);
    telemetry.logger.log('info', 'dropped');
    telemetry.logger.log('error', 'kept');
    expect(telemetry.counter('c')).to.equal(4);
    expect(telemetry.counter('c', { table: 't' })).to.equal(3);
    expect(telemetry.counter('c', { table: 't', status: 'error' })).to.equal(0);
    expect(telemetry.series.filter((series) => series.name === 'c')).to.have.length(2);
    expect(telemetry.observations('h')).to.deep.equal([0.5, 1.5]);
    expect(telemetry.logs.map((log) => log.message)).to.deep.equal(['kept']);
    telemetry.reset();
    expect([telemetry.counter('c'), telemetry.logs.length, telemetry.spans.length]).to.deep.equal([0, 0, 0]);
  });
});
