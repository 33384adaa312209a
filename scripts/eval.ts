// `npm run eval`: runs the extractor over every gold-annotated fixture and prints precision/recall/F1.
// Usage: eval.ts [--json] [--verbose] [--only SUBSTRING] [--dir GOLD_DIR]. Held-out r3- articles are scored in the
// totals only: --verbose lists no r3- misses. Exit 0 unless something failed;
// an article the extractor fails on is scored as an empty result and makes the exit code 1.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ExtractionResult, type ArticleInput } from '../src/domain/extraction-result.ts';
import { emptyResult } from '../test/eval/empty-result.ts';
import { GoldFile } from '../test/eval/gold-schema.ts';
import { heldOut } from '../test/eval/held-out.ts';
import { formatArticleDetails, formatSummaryTable } from '../test/eval/report.ts';
import { scoreArticle, summarize, type ArticleScore } from '../test/eval/score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_GOLD_DIR = join(ROOT, 'test/fixtures/articles');
const EXTRACTOR_MODULE = join(ROOT, 'src/extract/index.ts');
const GOLD_SUFFIX = '.gold.json';

type Extract = (input: ArticleInput) => unknown;

/** Loaded at run time so the evaluation compiles before the extractor exists. */
async function loadExtractor(): Promise<Extract> {
  if (!existsSync(EXTRACTOR_MODULE)) throw new Error(`no extractor yet: ${EXTRACTOR_MODULE} does not exist`);
  const mod = (await import(pathToFileURL(EXTRACTOR_MODULE).href)) as {
    createExtractor?: () => { extract: Extract };
    extractArticle?: Extract;
  };
  if (typeof mod.createExtractor === 'function') {
    const extractor = mod.createExtractor();
    return (input) => extractor.extract(input);
  }
  if (typeof mod.extractArticle === 'function') return mod.extractArticle;
  throw new Error(`${EXTRACTOR_MODULE} exports neither createExtractor() nor extractArticle()`);
}

interface Case {
  name: string;
  gold: GoldFile;
  text: string;
}

async function loadCases(dir: string, only: string | undefined): Promise<Case[]> {
  const files = (await readdir(dir))
    .filter((f) => f.endsWith(GOLD_SUFFIX) && (!only || f.includes(only)))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const goldPath = join(dir, file);
      const gold = GoldFile.parse(JSON.parse(await readFile(goldPath, 'utf8')));
      const textPath = gold.source
        ? resolve(dirname(goldPath), gold.source)
        : join(dir, `${basename(file, GOLD_SUFFIX)}.txt`);
      return { name: basename(file, GOLD_SUFFIX), gold, text: await readFile(textPath, 'utf8') };
    }),
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      only: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const cases = await loadCases(values.dir ? resolve(values.dir) : DEFAULT_GOLD_DIR, values.only);
  if (cases.length === 0) throw new Error('no gold files found');
  const extract = await loadExtractor();

  const scores: ArticleScore[] = [];
  const details: string[] = [];
  let failures = 0;
  for (const { name, gold, text } of cases) {
    let result = emptyResult(name, gold.publishedAt);
    try {
      const parsed = ExtractionResult.safeParse(
        await extract({ text, id: name, publishedAt: gold.publishedAt }),
      );
      if (parsed.success) result = parsed.data;
      else {
        failures += 1;
        console.error(
          `${name}: the extractor returned an invalid ExtractionResult:\n${parsed.error.message}`,
        );
      }
    } catch (error) {
      failures += 1;
      console.error(
        `${name}: the extractor threw: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const score = scoreArticle(gold, result);
    scores.push(score);
    if (values.verbose && !heldOut(name)) details.push(formatArticleDetails(name, score));
  }

  const summary = summarize(scores);
  if (!values.json) {
    if (details.length > 0) console.log(`${details.join('\n\n')}\n`);
    console.log(formatSummaryTable(summary, scores.length));
    console.log('');
  }
  console.log(JSON.stringify(summary));
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
