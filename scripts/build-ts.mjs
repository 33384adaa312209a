#!/usr/bin/env node
// `npm run build:ts`: compiles src/ to dist/ (tsc -b tsconfig.build.json, incremental). tsc trusts its build-info
// file and does not notice a deleted output, so when any source lacks its .js the build-info goes and all is rebuilt.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// As tsconfig.build.json includes them: src/web/ is browser code, bundled by build-ui.mjs instead.
const sources = readdirSync(join(root, 'src'), { recursive: true }).filter(
  (file) =>
    file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts') && !file.startsWith('web/'),
);
if (sources.some((file) => !existsSync(join(root, 'dist', file.replace(/\.ts$/, '.js'))))) {
  rmSync(join(root, 'dist', '.tsbuildinfo'), { force: true });
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
