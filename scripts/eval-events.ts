// `npm run eval:events`: scores coded events (issue #14) against gold. Own fixtures carry an `events` key in
// their gold files; for ../shared/dev-eval the events are the facts of test/eval/dev-eval-events.json (article
// name, category, source, target, negated, evidence offsets; never the text), merged into that directory's gold.
// Usage: eval-events.ts [--dir GOLD_DIR] [--only SUBSTRING] [--structural] [--verbose] [--json]. Held-out r3-
// articles are reported as aggregates only: --verbose lists no r3- misses. --structural scores only the events of
// meetings and agreements, against events derived mechanically from the gold meetings (CONSULT between the
// participants' countries) and signed agreements (SUPPORT between the parties): the one event measure on
// articles nobody may read, such as the held-out r3- set.
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createExtractor } from '../src/extract/index.ts';
import { GoldEvent, GoldFile } from '../test/eval/gold-schema.ts';
import { heldOut } from '../test/eval/held-out.ts';
import { scoreCodedEvents, sumCodedEvents, type CodedEventScore } from '../test/eval/score-coded-events.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FACTS = join(ROOT, 'test/eval/dev-eval-events.json');
const GOLD_SUFFIX = '.gold.json';

const Facts = z.record(z.string(), z.array(GoldEvent));

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function table(total: CodedEventScore, articles: number): string {
  const lines = [
    `diplograph event eval: ${articles} article(s), ${total.gold} gold events, ${total.predicted} predicted acts`,
    '',
    `${'category'.padEnd(12)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`,
  ];
  for (const [category, c] of Object.entries(total.perCategory).sort()) {
    lines.push(
      `${category.padEnd(12)} ${pct(c.tp, c.tp + c.fp)} ${pct(c.tp, c.tp + c.fn)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`,
    );
  }
  lines.push(
    '',
    `event recall (same countries)     ${pct(total.matched, total.gold)}  ${total.matched}/${total.gold}`,
    `event precision (same countries)  ${pct(total.matched, total.predicted)}  ${total.matched}/${total.predicted}`,
    `category accuracy, matched        ${pct(total.categoryRight, total.matched)}  ${total.categoryRight}/${total.matched}`,
    `direction right, matched directed ${pct(total.directionRight, total.directed)}  ${total.directionRight}/${total.directed}`,
    `modality wrong, matched           ${String(total.modalityWrong).padStart(6)}`,
  );
  return lines.join('\n');
}

/** CONSULT for each pair of countries at a gold meeting, SUPPORT for each pair of parties to a signed agreement. */
function structuralEvents(gold: GoldFile): GoldEvent[] {
  const countryOf = (ref: string) =>
    /^[A-Z]{3}$/.test(ref) ? ref : (gold.persons.find((p) => p.name === ref)?.country ?? null);
  const pairs = (refs: readonly string[]) => {
    const countries = [...new Set(refs.map(countryOf).filter((c): c is string => c !== null))].sort();
    if (countries.length > 4) return [];
    return countries.flatMap((a, i) => countries.slice(i + 1).map((b) => [a, b] as const));
  };
  return [
    ...gold.meetings.flatMap((m) =>
      pairs(m.participants).map(([a, b]) => ({
        category: 'CONSULT' as const,
        source: a,
        target: b,
        negated: m.status === 'planned',
      })),
    ),
    ...gold.agreements
      .filter((a) => a.status === 'signed' || a.status === 'ratified')
      .flatMap((a) =>
        pairs(a.parties).map(([x, y]) => ({
          category: 'SUPPORT' as const,
          source: x,
          target: y,
          negated: false,
        })),
      ),
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      only: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      structural: { type: 'boolean', default: false },
    },
  });
  const dir = values.dir ? resolve(values.dir) : join(ROOT, 'test/fixtures/articles');
  const facts = values.dir ? Facts.parse(JSON.parse(await readFile(FACTS, 'utf8'))) : {};
  const files = (await readdir(dir))
    .filter((f) => f.endsWith(GOLD_SUFFIX) && (!values.only || f.includes(values.only)))
    .sort();
  const extractor = createExtractor();
  const scores: CodedEventScore[] = [];
  const details: string[] = [];
  for (const file of files) {
    const name = basename(file, GOLD_SUFFIX);
    const goldPath = join(dir, file);
    const gold = GoldFile.parse(JSON.parse(await readFile(goldPath, 'utf8')));
    const events = values.structural ? structuralEvents(gold) : (gold.events ?? facts[name]);
    if (events === undefined) continue;
    const textPath = gold.source ? resolve(dirname(goldPath), gold.source) : join(dir, `${name}.txt`);
    const result = extractor.extract({
      text: await readFile(textPath, 'utf8'),
      id: name,
      publishedAt: gold.publishedAt,
    });
    const scored = values.structural
      ? {
          ...result,
          events: result.events.filter((e) => e.from.kind === 'meeting' || e.from.kind === 'agreement'),
        }
      : result;
    const score = scoreCodedEvents({ ...gold, events }, scored);
    scores.push(score);
    if (values.verbose && !heldOut(name))
      details.push(
        `## ${name}\n  missed: ${score.misses.join('; ')}\n  extra: ${score.falsePositives.join('; ')}`,
      );
  }
  if (scores.length === 0) throw new Error('no article with event gold found');
  const total = sumCodedEvents(scores);
  if (!values.json) {
    if (details.length > 0) console.log(`${details.join('\n')}\n`);
    console.log(table(total, scores.length));
    console.log('');
  }
  const { misses: _m, falsePositives: _f, ...figures } = total;
  console.log(JSON.stringify({ articles: scores.length, ...figures }));
}

main().catch((error: unknown) => {
  console.error(`eval:events: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
