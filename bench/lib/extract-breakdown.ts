// Where extraction time goes, for bench:extract: one instrumented pass over the corpus that times each pipeline
// stage, wink-nlp's sentence splitting and part-of-speech tagging (readDoc of each instance), and GC pauses.
import { PerformanceObserver } from 'node:perf_hooks';
import type { WinkMethods } from 'wink-nlp';
import type { ArticleInput } from '../../src/domain/extraction-result.ts';
import { createExtractor, type NamedStage } from '../../src/extract/index.ts';
import { PIPELINE } from '../../src/extract/pipeline.ts';
import type { Resources } from '../../src/extract/types.ts';
import { round } from './stats.ts';

export interface ExtractBreakdown {
  what: string;
  msPerArticle: number;
  /** Percent of the instrumented pass's time; stages exclude the wink calls listed on their own. */
  percent: Record<string, number>;
  taggedSentencesPerArticle: number;
}

/** A wink instance whose readDoc adds its time to `spent[key]` and counts its calls in `calls[key]`. */
function timedWink(
  nlp: WinkMethods,
  spent: Map<string, number>,
  calls: Map<string, number>,
  key: string,
): WinkMethods {
  return {
    ...nlp,
    readDoc: (text: string) => {
      const started = performance.now();
      const doc = nlp.readDoc(text);
      spent.set(key, (spent.get(key) ?? 0) + performance.now() - started);
      calls.set(key, (calls.get(key) ?? 0) + 1);
      return doc;
    },
  };
}

const SPLITTING = 'wink sentence splitting';
const TAGGING = 'wink part-of-speech tagging';

export async function measureBreakdown(corpus: readonly ArticleInput[]): Promise<ExtractBreakdown> {
  const spent = new Map<string, number>();
  const add = (key: string, ms: number) => spent.set(key, (spent.get(key) ?? 0) + ms);
  const calls = new Map<string, number>();
  const wrapped = new WeakMap<Resources, Resources>();
  const timedResources = (resources: Resources): Resources => {
    let timed = wrapped.get(resources);
    if (!timed) {
      const nlp = timedWink(resources.nlp, spent, calls, SPLITTING);
      let tagger: WinkMethods | null = null;
      timed = {
        nlp,
        get tagger(): WinkMethods {
          tagger ??= timedWink(resources.tagger, spent, calls, TAGGING);
          return tagger;
        },
        gazetteer: resources.gazetteer,
        lexicon: resources.lexicon,
      };
      wrapped.set(resources, timed);
    }
    return timed;
  };
  const stages: NamedStage[] = PIPELINE.map((stage) => ({
    name: stage.name,
    run: (state, resources) => {
      const wink = () => (spent.get(SPLITTING) ?? 0) + (spent.get(TAGGING) ?? 0);
      const winkBefore = wink();
      const started = performance.now();
      const next = stage.run(state, timedResources(resources));
      add(`stage ${stage.name}`, performance.now() - started - (wink() - winkBefore));
      return next;
    },
  }));
  const extractor = createExtractor({ stages });
  for (const article of corpus.slice(0, 50)) extractor.extract(article);
  spent.clear();
  calls.clear();

  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const started = performance.now();
  for (const article of corpus) extractor.extract(article);
  const total = performance.now() - started;
  // GC entries arrive asynchronously, after the pass.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();

  const inStages = [...spent.values()].reduce((sum, ms) => sum + ms, 0);
  const percent: Record<string, number> = {};
  for (const [key, ms] of [...spent].sort((a, b) => b[1] - a[1])) percent[key] = round((100 * ms) / total);
  percent['outside stages (validation, normalization, assembly)'] = round((100 * (total - inStages)) / total);
  percent['of all the above: garbage-collection pauses'] = round((100 * gcMs) / total);
  return {
    what: 'one instrumented pass (times read around each stage and each wink readDoc; chrono dates are most of find-dates)',
    msPerArticle: round(total / corpus.length, 3),
    percent,
    taggedSentencesPerArticle: round((calls.get(TAGGING) ?? 0) / corpus.length, 2),
  };
}
