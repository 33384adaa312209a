// Lint rules, including the module boundaries of shared/STYLE.md: data flows one way and extract/ stays pure.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const IO_PACKAGES = [
  'neo4j-driver',
  'express',
  '@apollo/*',
  '@neo4j/*',
  'node:fs',
  'node:fs/promises',
  'fs',
  'node:net',
  'node:http',
  'node:child_process',
  'pino',
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'neo4j-local/target', 'dist', 'coverage', 'bench/out'],
  },
  js.configs.recommended,
  { languageOptions: { globals: globals.node } },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'domain/ is imported by everyone and imports no other layer.',
            },
            {
              target: './src/extract',
              from: './src',
              except: ['./extract', './domain'],
              message: 'extract/ is pure: it may import only domain/.',
            },
            {
              target: './src/graph',
              from: ['./src/api', './src/ingest', './src/cli', './src/extract'],
              message: 'graph/ knows nothing of HTTP, ingestion or extraction.',
            },
            {
              target: './src/ingest',
              from: ['./src/api', './src/cli'],
              message: 'ingest/ does not depend on the API or the CLI.',
            },
            {
              target: './src/api',
              from: ['./src/cli', './src/extract'],
              message: 'api/ calls services; it does not parse articles.',
            },
          ],
        },
      ],
    },
  },
  // The dashboard and explorer run in the browser.
  { files: ['src/web/**/*.ts'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/extract/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: IO_PACKAGES.map((group) => ({
            group: [group],
            message: 'extract/ and domain/ are pure: no IO, no Neo4j, no HTTP.',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Pure code reads no environment.' },
        { name: 'fetch', message: 'Pure code does no IO.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pure code has no clock; take the date as input.' },
      ],
    },
  },
);
