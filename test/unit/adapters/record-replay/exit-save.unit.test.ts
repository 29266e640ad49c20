import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseCassette } from '../../../../adapters/record-replay/cassette/cassette.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
// Sources under tsx, compiled modules under dist/ when the suite runs from the build.
const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
const loader = extension === 'ts' ? ['--import', 'tsx'] : [];

describe('record/replay port: the default save', () => {
  let directory = '';
  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'record-replay-exit-'));
  });
  after(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('writes a recording that was never closed when the process exits (as mocha does with process.exit)', async function () {
    this.timeout(60_000);
    const cassette = join(directory, 'nested', 'forgotten.json');
    const script = join(directory, `forget-to-close.m${extension}`);
    writeFileSync(
      script,
      [
        `import { createRecordReplayPort } from ${JSON.stringify(join(root, `adapters/record-replay/create-record-replay-port.${extension}`))};`,
        `import { createSimulator } from ${JSON.stringify(join(root, `adapters/simulator/create-simulator.${extension}`))};`,
        `const port = createRecordReplayPort({ mode: 'record', cassette: ${JSON.stringify(cassette)}, target: createSimulator().port });`,
        `await port.listTables({ Limit: 7 });`,
        `process.exit(0);`,
      ].join('\n'),
    );
    await promisify(execFile)(process.execPath, [...loader, script], { cwd: root });
    const written = parseCassette(readFileSync(cassette, 'utf8'), cassette);
    expect(written.interactions.map(({ operation, request }) => [operation, request])).to.deep.equal([['ListTables', { Limit: 7 }]]);
  });
});
