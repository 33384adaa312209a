// `node bin/run-ts.js scripts/link-misses.ts DIR...`: the statement -> agreement links missed although the
// extractor found both the statement and the agreement, grouped by why (test/eval/link-misses.ts). Skips r3- files:
// the held-out part is read only in aggregate. --verbose prints each miss with its sentence.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ExtractionResult } from '../src/domain/extraction-result.ts';
import { createExtractor } from '../src/extract/index.ts';
import { GoldFile } from '../test/eval/gold-schema.ts';
import { heldOut } from '../test/eval/held-out.ts';
import { linkMisses, type LinkMiss } from '../test/eval/link-misses.ts';

const GOLD_SUFFIX = '.gold.json';

const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const extractor = createExtractor();
const groups = new Map<string, { misses: (LinkMiss & { article: string })[]; folders: Set<string> }>();
for (const dir of positionals) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(GOLD_SUFFIX) && !heldOut(f))) {
    const gold = GoldFile.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    const name = basename(file, GOLD_SUFFIX);
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const result = ExtractionResult.parse(
      extractor.extract({ text, id: name, publishedAt: gold.publishedAt }),
    );
    for (const miss of linkMisses(gold, result)) {
      const group = groups.get(miss.group) ?? { misses: [], folders: new Set<string>() };
      group.misses.push({ ...miss, article: `${basename(dir)}/${name}` });
      group.folders.add(basename(dir));
      groups.set(miss.group, group);
    }
  }
}
for (const [group, { misses, folders }] of [...groups].sort(
  (a, b) => b[1].misses.length - a[1].misses.length,
)) {
  console.log(`${String(misses.length).padStart(4)}  ${group}  (${folders.size} folders)`);
  if (!values.verbose) continue;
  for (const miss of misses) {
    console.log(`      ${miss.article}: ${miss.label}`);
    if (miss.linkedTo.length > 0) console.log(`        linked to: ${miss.linkedTo.join('; ')}`);
    console.log(`        ${miss.sentence.slice(0, 200)}`);
  }
}
