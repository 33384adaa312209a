// Blanking the words inside sentences before wink splits them leaves every sentence boundary where it was: the
// offsets of wink's sentence starts are the same on the masked text as on the text itself.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { SENTENCE_MARKS } from '../../setup/text-arbitraries.ts';
import { normalizeText } from '../../../src/extract/text/normalize-text.ts';
import {
  maskInsideSentences,
  maskLongTokens,
  SBD_CONTEXT_CHUNKS,
} from '../../../src/extract/text/segment-text.ts';
import { sentenceHintWords } from '../../../src/extract/text/sentence-hint-words.ts';

const nlp = winkNLP(model, ['sbd']);

/** Where wink's sentences start in `masked`, as offsets (tokens found by forward search, as segment-text does). */
function sentenceStarts(masked: string): number[] {
  const doc = nlp.readDoc(masked);
  const tokens = doc.tokens().out();
  const spans = doc.sentences().out(nlp.its.span) as unknown as Array<[number, number]>;
  const offsets: number[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const at = masked.indexOf(token, cursor);
    offsets.push(at === -1 ? cursor : at);
    if (at !== -1) cursor = at + token.length;
  }
  return spans.map(([first]) => offsets[first] ?? -1);
}

function expectSameStarts(text: string): void {
  const unmasked = maskLongTokens(text);
  const masked = maskInsideSentences(unmasked, sentenceHintWords());
  expect(masked.length).toBe(unmasked.length);
  expect(sentenceStarts(masked)).toEqual(sentenceStarts(unmasked));
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/articles');

describe('maskInsideSentences', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')))('keeps the boundaries of %s', (file) => {
    expectSameStarts(normalizeText(readFileSync(join(FIXTURES, file), 'utf8')));
  });

  it.each([
    [
      'abbreviations mid-sentence',
      'Officials from the U.S. and the E.U. met Mr. Lee and Dr. Kim on the sidelines in Geneva on Monday. They agreed on a plan and said the next round of talks would follow in St. Petersburg next month.',
    ],
    [
      'quotes closing sentences',
      'The minister said the deal was signed after long and difficult negotiations with all the parties involved. "We are very pleased with the outcome of these long talks," he told reporters. "It is a good day!" he added, before leaving for the airport with his delegation.',
    ],
    [
      'a question and an exclamation',
      'Who would sign such an agreement without reading every single clause of the long and complex text? Nobody would, the ambassador replied with a smile at the end of the long press conference! The talks go on.',
    ],
    [
      'a paragraph of one sentence',
      'Foreign ministers of the two countries held talks in the capital on Tuesday on trade, security and energy cooperation\n\nThe next round will be held in the other capital early next year, the spokesperson of the ministry said.',
    ],
    [
      'sentence hint words after a full stop, in and out of the model',
      'The envoys met in Nairobi on Friday. According to Reuters the talks went well. After the talks ended. Mediators said so. BTw the hall closed. Btw , the doors. AFTER the vote. Cannot say more.',
    ],
    [
      // wink reads "U.S." "The" and then the paragraph break or the end as a boundary: "envoys" between them stops it.
      'a hint word after an abbreviation, before a paragraph break and the end',
      'Delegates flew in from the U.S. The envoys\n\nThey met the ministers of the region on Monday in Jan. The envoys',
    ],
    [
      'a hint word read before a comma, a dash or a quote',
      'The vote was close. However, it passed. It was late . But — they stayed . " Then they left. So " it ended.',
    ],
    [
      "a mark's longest pattern, three tokens after it in chunks of their own",
      'The delegations talked for many long hours about the many open questions of the draft text on Monday . ” ) the ministers then left the hall without a word to the press waiting outside the building.',
    ],
  ])('keeps the boundaries with %s', (_name, text) => {
    expectSameStarts(text);
  });

  it('keeps the boundaries of random prose with sentence marks and abbreviations', () => {
    const word = fc.constantFrom(
      'the',
      'talks',
      'said',
      'He',
      'But',
      'Mr.',
      'U.S.',
      'No.',
      'e.g.',
      'Jan.',
      '3.5',
      '(AP)',
      'minister',
      'Seoul',
      'After',
      'According',
      'However',
      'Then',
      'btw',
      'Cannot',
      'AFTER',
      'envoys',
      "it's",
      '—',
      ':',
    );
    const mark = fc.constantFrom(...SENTENCE_MARKS, '."', '?”', '...', '…');
    const chunk = fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: mark });
    const line = fc.array(chunk, { maxLength: 40 }).map((chunks) => chunks.join(' '));
    const text = fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (text) => expectSameStarts(text)),
      { numRuns: 500 },
    );
  });
});

/** wink's SBD machine (wink-eng-lite-web-model): its transitions, terminal states and each terminal's marked span. */
type SbdMachine = [
  number,
  number,
  Record<string, Record<string, number>>,
  Record<string, string>,
  Record<string, [number, number]>,
];
const sbdModel = (model as unknown as { sbd(): { machines: Array<string | SbdMachine> } }).sbd();

describe('the SBD context the mask keeps', () => {
  it('covers every pattern of the model and the sentence start it marks', () => {
    expect(sbdModel.machines).toHaveLength(1);
    const raw = sbdModel.machines[0] as string | SbdMachine;
    const [, , fsm, terminal, marked] = typeof raw === 'string' ? (JSON.parse(raw) as SbdMachine) : raw;
    // Every path from the root, as long as it leaves the root: no state is met twice on one (no cycle).
    let longest = 0;
    let latestStart = 0;
    const walk = (state: string, depth: number, seen: ReadonlySet<string>): void => {
      for (const next of Object.values(fsm[state] ?? {})) {
        const to = String(next);
        if (to === '0') continue;
        expect(seen.has(to)).toBe(false);
        longest = Math.max(longest, depth + 1);
        // wink's setter starts the next sentence right after the first token plus the marked offset.
        if (terminal[to] !== undefined && terminal[to] !== '0')
          latestStart = Math.max(latestStart, (marked[to]?.[0] ?? 0) + 1);
        walk(to, depth + 1, new Set([...seen, to]));
      }
    };
    walk('0', 0, new Set(['0']));
    // A paragraph break ("\n\n", lexeme 2) ends every pattern it is read in: the next sentence starts at the chunk
    // after it, the one chunk a line keeps for itself.
    for (const next of Object.values(fsm).flatMap((transitions) => transitions['2'] ?? []))
      expect(terminal[String(next)]).toBeDefined();
    expect(longest).toBe(4);
    expect(latestStart).toBeLessThan(longest);
    // Each chunk is one token or more: the chunks kept after a pattern's first token hold the rest of it, and no
    // more are kept than the longest pattern reads (each one kept is tokenized for nothing).
    expect(SBD_CONTEXT_CHUNKS).toBe(longest - 1);
  });

  it('ends every pattern at a word of ASCII letters with no sentence hint', () => {
    const raw = sbdModel.machines[0] as string | SbdMachine;
    const [, , fsm] = typeof raw === 'string' ? (JSON.parse(raw) as SbdMachine) : raw;
    const hintCode = 1_080_000;
    // Past the root, the machine moves on a word's own token only for punctuation ("," and dashes); every word of
    // letters it reads there comes as a sentence hint, which only the model's hint words carry.
    const read = new Set<string>();
    for (const [state, transitions] of Object.entries(fsm))
      if (state !== '0')
        for (const key of Object.keys(transitions)) if (Number(key) < hintCode) read.add(key);
    const core = (model.core as () => { features: { lexeme: { list: string[] } } })();
    const words = core.features.lexeme.list;
    for (const key of read) expect(words[Number(key)]).not.toMatch(/[A-Za-z]/);
    const hints = sentenceHintWords();
    for (const word of ['After', 'According', 'The', 'btw', 'Cannot']) expect(hints.has(word)).toBe(true);
    for (const word of ['after', 'the', 'envoys', 'AFTER', 'Nairobi']) expect(hints.has(word)).toBe(false);
  });

  it('keeps no chunk past a word that ends every pattern', () => {
    const blank = (text: string, words: string): string => text.replace(words, ' '.repeat(words.length));
    const plain = 'They met. Envoys both sides talked again.';
    expect(maskInsideSentences(plain, sentenceHintWords())).toBe(blank(plain, 'both sides talked'));
    // A hint word goes on being read: the chunk after it is kept too.
    const hinted = 'They met. Then both sides talked again.';
    expect(maskInsideSentences(hinted, sentenceHintWords())).toBe(blank(hinted, 'sides talked'));
  });
});
