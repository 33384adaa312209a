// Brings dist/ up to date before any test runs: the CLI tests run the compiled `diplograph` as users do, and the
// browser test loads the playground bundle. Both builds are incremental: an up-to-date dist/ costs about a second.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export default function setup(): void {
  // The root config's setup is inherited by each project; one build per run is enough.
  if (process.env.DIPLOGRAPH_TEST_DIST_BUILT === '1') return;
  for (const script of ['scripts/build-ts.mjs', 'scripts/build-ui.mjs']) {
    const result = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`building dist/ for the tests failed (${script}):\n${result.stdout}${result.stderr}`);
    }
  }
  process.env.DIPLOGRAPH_TEST_DIST_BUILT = '1';
}
