// Type-aware linting, plus the dependency direction of the hexagon: domain imports nothing of
// ours; ports import domain; application imports ports and domain; adapters import ports and
// domain; only the composition root and the entry points import adapters.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ours = (...layers) => layers.map((layer) => ({ group: [`**/${layer}/**`, `../${layer}`, `./${layer}`], message: `this layer may not import ${layer}/ (see the design's dependency direction)` }));
const sdk = [
  { group: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-dynamodb-streams'], message: 'only adapters/aws talks to the AWS SDK client' },
];
const frameworks = [{ group: ['inversify', 'reflect-metadata'], message: 'decorators and the container stay out of this layer' }];
const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench-results.json', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        ...ours('ports', 'adapters', 'application', 'test'),
        ...sdk,
        ...frameworks,
        { group: ['@aws-sdk/*', '@smithy/*', 'node:*'], message: 'the domain is pure: no I/O, no AWS' },
      ]),
    },
  },
  {
    files: ['ports/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([...ours('adapters', 'application', 'test'), ...sdk, ...frameworks, { group: ['@aws-sdk/*', '@smithy/*'], message: 'ports are free of the AWS SDK' }]) },
  },
  {
    files: ['application/**/*.ts'],
    ignores: ['application/container.ts', 'application/container-options.ts', 'application/index.ts', 'application/composition/**', 'application/main/**'],
    rules: { 'no-restricted-imports': restrict([...ours('adapters', 'test'), ...sdk]) },
  },
  {
    files: ['application/container.ts', 'application/container-options.ts', 'application/index.ts', 'application/composition/**/*.ts', 'application/main/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([...ours('test'), ...sdk]) },
  },
  {
    files: ['adapters/**/*.ts'],
    ignores: ['adapters/aws/**'],
    rules: { 'no-restricted-imports': restrict([...ours('application', 'test'), ...sdk]) },
  },
  {
    files: ['adapters/aws/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(ours('application', 'test', 'simulator', 'record-replay')) },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions (`expect(x).to.be.true`) read as unused expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      'max-lines': ['error', { max: 600, skipBlankLines: true, skipComments: true }],
    },
  },
);
