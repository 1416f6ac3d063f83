// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Dependency direction (docs/architecture.md):
 *   domain ← app ← server, jobs, cli;   db ← app;   contracts ← web, server.
 * The zones below make a wrong-way import a lint error.
 */
const zones = [
  { target: './src/domain', from: ['./src/app', './src/db', './src/server', './src/jobs', './src/web', './src/cli', './src/config'], message: 'domain is pure: it imports nothing from the rest of Priora.' },
  { target: './src/contracts', from: ['./src/app', './src/db', './src/server', './src/jobs', './src/web', './src/cli', './src/domain'], message: 'contracts are shared with the browser: zod only.' },
  { target: './src/db', from: ['./src/app', './src/server', './src/jobs', './src/web', './src/cli'], message: 'db is below app: it may import domain only.' },
  { target: './src/app', from: ['./src/server', './src/jobs', './src/web', './src/cli'], message: 'app (use cases) must not depend on delivery mechanisms.' },
  { target: './src/jobs', from: ['./src/server', './src/web', './src/cli'], message: 'jobs do not depend on HTTP or the web app.' },
  { target: './src/server', from: ['./src/web'], message: 'the server serves the built web app; it does not import it.' },
  { target: './src/web', from: ['./src/app', './src/db', './src/server', './src/jobs', './src/cli', './src/domain', './src/config'], message: 'the web app may import only src/contracts from the server side.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', 'src/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration from the Config object (src/config/config.ts).' }],
    },
  },
  {
    // The entry points are where the environment is read, once.
    files: ['src/server/main.ts', 'src/cli/**', 'scripts/**', 'bench/**', 'tests/**', '*.config.ts', '*.config.js'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/web/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['**/*.test.ts', 'tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
