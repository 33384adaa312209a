// The running version, read once from package.json so /graphql and the CLI report the same one.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
export const VERSION: string = pkg.version;
