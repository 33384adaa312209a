// CLI: writes the deterministic synthetic corpus as JSON Lines (one ArticleInput per line).
// Usage: node bin/run-ts.js bench/generate-corpus.ts --articles N --seed S [--out FILE.jsonl]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.ts';

const USAGE = 'usage: generate-corpus --articles N --seed S [--out FILE.jsonl]   (stdout without --out)';

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const articles = positiveInteger('articles', values.articles, 1000);
  const seed = positiveInteger('seed', values.seed, 1);
  const toStdout = values.out === undefined || values.out === '-';
  const out = toStdout ? process.stdout : createWriteStream(values.out!);
  // once() rejects on 'error', so an unwritable path is reported before any work is done.
  if (!toStdout) await once(out, 'open');
  const started = performance.now();
  let count = 0;
  for (const article of generateCorpus({ seed, articles })) {
    // Honour backpressure so a large corpus streams instead of piling up in memory.
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
    count += 1;
  }
  if (!toStdout) {
    out.end();
    await once(out, 'finish');
  }
  const seconds = (performance.now() - started) / 1000;
  console.error(
    `generated ${count} articles (seed ${seed}) in ${seconds.toFixed(2)} s${toStdout ? '' : ` -> ${values.out}`}`,
  );
}

// `generate-corpus | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().catch((error: unknown) => {
  console.error((error as Error).message);
  console.error(USAGE);
  process.exitCode = 2;
});
