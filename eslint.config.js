import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'coverage/**', 'data/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', 'scripts/**'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure entry point of nodes is loaded by the browser: no Node.js
    // built-ins, and nodes never reach into the engine.
    files: ['nodes/src/**/*.ts'],
    ignores: ['nodes/src/**/*.test.ts', 'nodes/src/**/run.ts', 'nodes/src/**/*.run.ts', 'nodes/src/runtime.ts', 'nodes/src/runtime/**', 'nodes/src/testing.ts', 'nodes/src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'worker_threads', 'sharp'], message: 'The pure entry point of @artfactory/nodes must stay browser-safe.' },
          { group: ['@artfactory/engine', '@artfactory/engine/*'], message: 'nodes never import the engine.' },
        ],
      }],
    },
  },
);
