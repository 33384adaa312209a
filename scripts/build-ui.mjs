#!/usr/bin/env node
// `npm run build:ui`: bundles the browser apps with esbuild into dist/ui/<name>/, build output outside src/, so the
// server serves them itself, offline, without a CDN (src/api/ui-bundles.ts finds them). A bundle is rebuilt only
// when its inputs, this script or its packages' versions change. To add a UI, add an entry to BUNDLES.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Every file below a folder of the project, sorted, as paths from the project root. */
const filesUnder = (dir) =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(root.length + 1))
    .sort();

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
  {
    // GET /dashboard and /explore (src/web/: ECharts, cytoscape.js, topojson-client), with the world map they draw
    // (world-atlas, Natural Earth 1:50m) keyed by ISO alpha-3, so they work offline with no CDN or tile server.
    name: 'web',
    inputs: filesUnder('src/web'),
    packages: ['esbuild', 'echarts', 'cytoscape', 'topojson-client', 'world-atlas', 'world-countries'],
    async build(outdir) {
      await esbuild.build({
        ...common,
        entryPoints: {
          dashboard: join(root, 'src/web/dashboard/main.ts'),
          explore: join(root, 'src/web/explore/main.ts'),
          web: join(root, 'src/web/web.css'),
        },
        outdir,
        format: 'esm',
        splitting: true,
        chunkNames: 'chunk-[hash]',
        // Bundled as written: no process.env.NODE_ENV to replace in these sources and packages.
        define: {},
      });
      // world-atlas names countries by ISO numeric code; the graph by alpha-3 (world-countries maps one to the other).
      const atlas = JSON.parse(readFileSync(packageFile('world-atlas', 'countries-50m.json'), 'utf8'));
      const countries = JSON.parse(readFileSync(packageFile('world-countries', 'countries.json'), 'utf8'));
      const alpha3 = new Map(countries.map((c) => [c.ccn3, c.cca3]));
      const byName = new Map(countries.map((c) => [c.name.common, c.cca3]));
      for (const geometry of atlas.objects.countries.geometries) {
        const iso3 = alpha3.get(geometry.id) ?? byName.get(geometry.properties?.name);
        geometry.properties = { ...geometry.properties, ...(iso3 ? { iso3 } : {}) };
      }
      // Antarctica (no diplomacy to colour) would take a third of a flat map's height.
      atlas.objects.countries.geometries = atlas.objects.countries.geometries.filter(
        (g) => g.properties.iso3 !== 'ATA',
      );
      writeFileSync(join(outdir, 'world.topo.json'), JSON.stringify(atlas));
      writeFileSync(join(outdir, 'world.LICENSE.txt'), readFileSync(packageFile('world-atlas', 'LICENSE')));
    },
  },
];

// Not every package exports its package.json, so files are read from its folder in node_modules.
const packageFile = (name, file) => join(root, 'node_modules', name, file);
const version = (name) => JSON.parse(readFileSync(packageFile(name, 'package.json'), 'utf8')).version;

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
