// Where the browser bundles built by scripts/build-ui.mjs live: dist/ui/<name>/, build output outside src/.
// Resolved from the project root, so the server finds the same files whether it runs from src/ or from dist/.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const UI_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/ui');

/** The folder of one bundle, e.g. uiBundleDir('playground'). */
export function uiBundleDir(name: string): string {
  return join(UI_DIST, name);
}
