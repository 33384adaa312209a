#!/usr/bin/env node
// postinstall: bundles the GraphQL playground (GraphiQL + Monaco workers) with esbuild into src/api/playground/dist,
// so GET /graphql serves it from this process, offline, without a CDN. Never fails the install: without the
// devDependencies (esbuild, graphiql, react) it says so and the server explains how to build it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const playground = join(root, 'src', 'api', 'playground');
const outdir = join(playground, 'dist');
const stamp = join(outdir, '.built-from');
const require = createRequire(join(root, 'package.json'));

if (!existsSync(join(playground, 'client', 'main.mjs'))) {
  // e.g. a Docker layer that installs dependencies before copying the sources.
  console.warn('diplograph: src/api/playground is not there yet, so the playground was not bundled.');
  process.exit(0);
}

let esbuild;
try {
  esbuild = await import('esbuild');
  for (const dependency of [
    'graphiql',
    'react',
    'react-dom',
    '@graphiql/toolkit',
    'monaco-editor',
    'monaco-graphql',
  ]) {
    require.resolve(`${dependency}/package.json`);
  }
} catch (error) {
  console.warn(
    `diplograph: the playground was not bundled (${error.code ?? error.message}): esbuild and graphiql are devDependencies.\n` +
      '  Run `npm install` with devDependencies, then `node scripts/build-playground.mjs`.',
  );
  process.exit(0);
}

const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
const fingerprint = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(readFileSync(join(playground, 'client', 'main.mjs')))
  .update(readFileSync(join(playground, 'example-queries.ts')))
  .update(['graphiql', 'react', 'esbuild', 'monaco-editor'].map(version).join(','))
  .digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
  console.log('diplograph: the playground is already bundled');
  process.exit(0);
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const common = {
  bundle: true,
  minify: true,
  legalComments: 'linked',
  target: 'es2022',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  absWorkingDir: root,
};
const started = Date.now();
await esbuild.build({
  ...common,
  entryPoints: { playground: join(playground, 'client', 'main.mjs') },
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
writeFileSync(stamp, fingerprint);
console.log(`diplograph: playground bundled into src/api/playground/dist in ${Date.now() - started} ms`);
