// npm run bench:extract: extraction throughput on one core over a deterministic synthetic corpus.
// Prints JSON: articles/s and words/s (median of several runs), against a baseline measured in the same run:
// wink-nlp sentence splitting alone over the same texts (the least any NLP pass over them costs). Then one
// instrumented pass says where the time goes: each stage, wink's sentence splitting and part-of-speech tagging, GC.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createExtractor } from '../src/extract/index.ts';
import { generateCorpus } from './corpus/generate.ts';
import { measureBreakdown } from './lib/extract-breakdown.ts';
import { intFlag, median, parseFlags, round } from './lib/stats.ts';

const flags = parseFlags(process.argv.slice(2));
const articles = intFlag(flags, 'articles', 1000);
const runs = intFlag(flags, 'runs', 5);
const seed = intFlag(flags, 'seed', 42);

const corpus = [...generateCorpus({ seed, articles })];
const words = corpus.reduce((sum, a) => sum + a.text.split(/\s+/).filter(Boolean).length, 0);
const extractor = createExtractor();
const nlp = winkNLP(model, ['sbd']);

function timeRun(work: () => void): number {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
}

// Warm-up: JIT and lazily built tables, so the runs measure steady state.
for (const article of corpus.slice(0, 50)) extractor.extract(article);

const extractSeconds: number[] = [];
const baselineSeconds: number[] = [];
let statements = 0;
for (let run = 0; run < runs; run++) {
  baselineSeconds.push(timeRun(() => corpus.forEach((a) => nlp.readDoc(a.text).sentences().length())));
  extractSeconds.push(
    timeRun(() => {
      statements = 0;
      for (const article of corpus) statements += extractor.extract(article).statements.length;
    }),
  );
}

const breakdown = await measureBreakdown(corpus);
const seconds = median(extractSeconds);
const baseline = median(baselineSeconds);
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'extract',
    articles,
    words,
    runs,
    wordsPerArticle: round(words / articles),
    medianSeconds: round(seconds, 3),
    articlesPerSecond: round(articles / seconds),
    wordsPerSecond: Math.round(words / seconds),
    statementsPerArticle: round(statements / articles, 2),
    baseline: {
      what: 'wink-nlp sentence splitting only',
      articlesPerSecond: round(articles / baseline),
      extractorCostRatio: round(seconds / baseline, 2),
    },
    runsSeconds: extractSeconds.map((s) => round(s, 3)),
    breakdown,
  })}\n`,
);
