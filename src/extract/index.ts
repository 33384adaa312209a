// Public API of extract/: createExtractor builds the NLP model and gazetteers once; extract() turns one article
// into an ExtractionResult. Pure: no IO, no clock, no environment; bad input throws AppError(BAD_USER_INPUT).

import type { WinkMethods } from 'wink-nlp';
import { AppError, ErrorCode } from '../domain/errors.ts';
import type { ArticleInput, ExtractionResult } from '../domain/extraction-result.ts';
import { assembleResult } from './assemble-result.ts';
import { EXTRACTOR_VERSION } from './extractor-version.ts';
import { buildGazetteer } from './lexicon/build-gazetteer.ts';
import { buildLexicon } from './lexicon/build-lexicon.ts';
import { normalizeText } from './text/normalize-text.ts';
import { createForgetfulWink, type ForgetfulWink } from './text/wink-instance.ts';
import { PIPELINE, runPipeline, type NamedStage } from './pipeline.ts';
import type { ExtractState, Resources } from './types.ts';
import { validateInput } from './validate-input.ts';

export type { NamedStage } from './pipeline.ts';
export { EXTRACTOR_VERSION } from './extractor-version.ts';
export { MAX_TEXT_LENGTH } from './validate-input.ts';

export interface ExtractorOptions {
  /**
   * One wink-nlp instance with every annotation for sentence boundaries and tagging alike: the model is parsed
   * once instead of twice, but whole articles are tagged, which costs more per article. For a process that
   * extracts one article (`diplograph extract FILE`); the output is the same either way.
   */
  singleModel?: boolean;
  /** The stages to run, in order; defaults to PIPELINE. */
  stages?: readonly NamedStage[];
  /** What the articles it writes record; defaults to EXTRACTOR_VERSION (set only by tests of upgrades). */
  version?: number;
}

export interface Extractor {
  /** The version of its output (EXTRACTOR_VERSION unless built otherwise). */
  readonly version: number;
  extract(input: ArticleInput): ExtractionResult;
}

function initialState(input: ArticleInput, text: string): ExtractState {
  return {
    input,
    text,
    title: null,
    authors: [],
    sentences: [],
    words: [],
    dates: [],
    persons: new Map(),
    countries: new Map(),
    organizations: new Map(),
    places: new Map(),
    mentions: [],
    agreements: [],
    agreementMentions: [],
    meetings: [],
    meetingMentions: [],
    statements: [],
    drafts: [],
    events: [],
  };
}

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const stages = options.stages ?? PIPELINE;
  for (const stage of stages) {
    if (typeof stage?.name !== 'string' || typeof stage.run !== 'function')
      throw new AppError(
        ErrorCode.INTERNAL,
        'invalid extraction stage: each needs a name and a run function',
      );
  }
  // Part of speech and negation scope, read only for the few sentences that hold an act word. wink-nlp fixes its
  // annotations per instance, and each instance parses the model again (~0.1-0.4 s), so this one is built at the
  // first sentence that needs it: an article or a process that never asks (a server nobody ingests into) never
  // pays for it. One instance with every annotation would parse the model once, but tagging whole articles costs
  // more per article than tagging the few sentences asked about (measured: +16% of the wink time per article).
  // Each instance forgets the words an article taught it (text/wink-instance.ts): an article yields the same facts
  // whatever the process read before it.
  const splitter = createForgetfulWink(options.singleModel ? ['sbd', 'negation', 'pos'] : ['sbd']);
  let tagger: ForgetfulWink | null = options.singleModel ? splitter : null;
  const resources: Resources = {
    get nlp(): WinkMethods {
      return splitter.nlp;
    },
    get tagger(): WinkMethods {
      // No sentence splitting: it is given one sentence of the split above at a time (measured: the same tags and
      // negation flags on all 198,178 tokens of the real and 300 bench articles, ~15% less time per sentence).
      tagger ??= createForgetfulWink(['negation', 'pos']);
      return tagger.nlp;
    },
    gazetteer: buildGazetteer(),
    lexicon: buildLexicon(),
  };
  return {
    version: options.version ?? EXTRACTOR_VERSION,
    extract(input: ArticleInput): ExtractionResult {
      const valid = validateInput(input);
      const text = normalizeText(valid.text);
      if (text === '')
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'article text is empty after normalization');
      try {
        return assembleResult(runPipeline(initialState(valid, text), resources, stages));
      } finally {
        splitter.forgetArticle();
        if (tagger !== splitter) tagger?.forgetArticle();
      }
    },
  };
}

let defaultExtractor: Extractor | null = null;

/** Extracts with a module-level extractor built on first use. */
export function extractArticle(input: ArticleInput): ExtractionResult {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(input);
}
