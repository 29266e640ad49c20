/**
 * The dependency direction of the hexagon is enforced by lint rules (eslint.config.js). This test
 * proves those rules bite: it lints probe sources placed in each layer and expects the forbidden
 * imports, and only those, to be reported.
 */
import { expect } from 'chai';
import { ESLint } from 'eslint';

const eslint = new ESLint({
  cwd: process.cwd(),
  // Only the import rule: the probes are not part of the TypeScript project.
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function violations(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

const cases: readonly (readonly [file: string, importPath: string, allowed: boolean])[] = [
  ['domain/probe.ts', '../ports/clock.js', false],
  ['domain/probe.ts', '../adapters/aws/aws-command-for.js', false],
  ['domain/probe.ts', 'inversify', false],
  ['domain/probe.ts', 'node:crypto', false],
  ['domain/probe.ts', './other-domain-file.js', true],
  ['ports/probe.ts', '../domain/anything.js', true],
  ['ports/probe.ts', '../application/container.js', false],
  ['ports/probe.ts', '@aws-sdk/util-dynamodb', false],
  ['application/probe.ts', '../ports/clock.js', true],
  ['application/probe.ts', '../adapters/aws/create-aws-dynamo-db-port.js', false],
  ['application/probe.ts', '@aws-sdk/lib-dynamodb', false],
  ['application/container.ts', '../adapters/aws/create-aws-dynamo-db-port.js', true],
  ['application/composition/probe.ts', '../../adapters/simulator/create-simulator.js', true],
  ['adapters/simulator/probe.ts', '@aws-sdk/client-dynamodb', false],
  ['adapters/simulator/probe.ts', '@aws-sdk/util-dynamodb', true],
  ['adapters/simulator/probe.ts', '../../application/container.js', false],
  ['adapters/aws/probe.ts', '@aws-sdk/client-dynamodb', true],
  ['adapters/aws/probe.ts', '../simulator/create-simulator.js', false],
];

describe('dependency direction (lint)', () => {
  for (const [file, importPath, allowed] of cases) {
    it(`${allowed ? 'allows' : 'forbids'} ${file} → ${importPath}`, async () => {
      const found = await violations(file, `import '${importPath}';\n`);
      expect(found, found.join('; ')).to.have.length(allowed ? 0 : 1);
    });
  }
});
