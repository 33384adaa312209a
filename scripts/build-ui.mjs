#!/usr/bin/env node
// `npm run build:ui`: bundles the browser apps with esbuild into dist/ui/<name>/, build output outside src/, so the
// server serves them itself, offline, without a CDN (src/api/ui-bundles.ts finds them). A bundle is rebuilt only
// when its inputs, this script or its packages' versions change. To add a UI, add an entry to BUNDLES.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const common = {
  bundle: true,
  minify: true,
  legalComments: 'linked',
  target: 'es2022',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  absWorkingDir: root,
};

/**
 * name: the folder under dist/ui; inputs: source files (from the project root) whose change means a rebuild;
 * packages: npm packages whose version change means a rebuild; build(outdir): writes the bundle into outdir.
 */
const BUNDLES = [
  {
    name: 'playground',
    inputs: ['src/api/playground/client/main.mjs', 'src/api/playground/example-queries.ts'],
    packages: ['graphiql', 'react', 'esbuild', 'monaco-editor', 'monaco-graphql'],
    async build(outdir) {
      await esbuild.build({
        ...common,
        entryPoints: { playground: join(root, 'src/api/playground/client/main.mjs') },
        outdir,
        format: 'esm',
        splitting: false,
        loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'dataurl' },
      });
      // Monaco runs its language services in web workers: one classic-script bundle each.
      await esbuild.build({
        ...common,
        entryPoints: {
          'editor.worker': require.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
          'json.worker': require.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
          'graphql.worker': require.resolve('monaco-graphql/esm/graphql.worker.js'),
        },
        outdir,
        format: 'iife',
      });
    },
  },
];

const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;

for (const bundle of BUNDLES) {
  const outdir = join(root, 'dist', 'ui', bundle.name);
  const stamp = join(outdir, '.built-from');
  const fingerprint = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(bundle.inputs.map((file) => readFileSync(join(root, file), 'utf8')).join('\0'))
    .update(bundle.packages.map(version).join(','))
    .digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    console.log(`diplograph: the ${bundle.name} bundle is up to date`);
    continue;
  }
  const started = Date.now();
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await bundle.build(outdir);
  writeFileSync(stamp, fingerprint);
  console.log(`diplograph: bundled ${bundle.name} into dist/ui/${bundle.name} in ${Date.now() - started} ms`);
}
