#!/usr/bin/env node
// postinstall: bundles the dashboard and the explorer (src/web/: ECharts, cytoscape.js, topojson-client) with
// esbuild into dist/ui/web/, and writes the world map they draw (world-atlas, Natural Earth 1:50m) with each
// country's ISO alpha-3 code, so GET /dashboard and /explore work offline with no CDN or tile server. Never fails
// the install: without the devDependencies it says so, and the server explains how to build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'src', 'web');
const outdir = join(root, 'dist', 'ui', 'web');
const stamp = join(outdir, '.built-from');
// Not every package exports its package.json, so read it from node_modules.
const packageJson = (name) => join(root, 'node_modules', name, 'package.json');
const PACKAGES = ['esbuild', 'echarts', 'cytoscape', 'topojson-client', 'world-atlas', 'world-countries'];

if (!existsSync(join(sources, 'dashboard', 'main.ts'))) {
  console.warn('diplograph: src/web is not there yet, so the dashboard was not bundled.');
  process.exit(0);
}

let esbuild;
try {
  esbuild = await import('esbuild');
  for (const name of PACKAGES) {
    if (!existsSync(packageJson(name))) throw Object.assign(new Error(`${name} is missing`), { code: name });
  }
} catch (error) {
  console.warn(
    `diplograph: the dashboard was not bundled (${error.code ?? error.message}): esbuild, echarts and cytoscape are devDependencies.\n` +
      '  Run `npm install` with devDependencies, then `node scripts/build-web.mjs`.',
  );
  process.exit(0);
}

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
const version = (name) => JSON.parse(readFileSync(packageJson(name), 'utf8')).version;
const fingerprint = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(
    files(sources)
      .map((file) => `${file}\0${readFileSync(file, 'utf8')}`)
      .join('\0'),
  )
  .update(PACKAGES.map(version).join(','))
  .digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
  console.log('diplograph: the dashboard is already bundled');
  process.exit(0);
}

const started = Date.now();
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await esbuild.build({
  entryPoints: {
    dashboard: join(sources, 'dashboard', 'main.ts'),
    explore: join(sources, 'explore', 'main.ts'),
    web: join(sources, 'web.css'),
  },
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  legalComments: 'linked',
  target: 'es2022',
  logLevel: 'warning',
  absWorkingDir: root,
});

// world-atlas identifies countries by ISO numeric code; the graph by alpha-3 (world-countries maps one to the other).
const atlas = JSON.parse(
  readFileSync(join(root, 'node_modules', 'world-atlas', 'countries-50m.json'), 'utf8'),
);
const countries = JSON.parse(
  readFileSync(join(root, 'node_modules', 'world-countries', 'countries.json'), 'utf8'),
);
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
writeFileSync(
  join(outdir, 'world.LICENSE.txt'),
  readFileSync(join(root, 'node_modules', 'world-atlas', 'LICENSE')),
);
writeFileSync(stamp, fingerprint);
console.log(`diplograph: dashboard and explorer bundled into dist/ui/web in ${Date.now() - started} ms`);
