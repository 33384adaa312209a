// Quotes are verbatim: every quoted piece of a statement is a span of the article text, checked on generated
// articles (straight, curly, split and multi-paragraph quotes) and on every real article the project has.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { extract } from './helpers.ts';

const SPEAKERS = [
  'Vladimir Putin',
  'Wang Yi',
  'Antony Blinken',
  'Foreign Minister Cho Tae-yul',
  'the ministry',
];
const WORDS = ['the', 'treaty', 'will', 'never', 'be', 'signed', 'we', 'hope', 'talks', 'continue', 'peace'];

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 9 })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}`);

/** One paragraph of attributed or unattributed speech in one of the shapes news uses. */
const paragraph = fc
  .tuple(fc.constantFrom(...SPEAKERS), sentence, sentence, fc.integer({ min: 0, max: 11 }))
  .map(([who, a, b, shape]) => {
    switch (shape) {
      case 0:
        return `"${a}," ${who} said.`;
      case 1:
        return `${who} said: “${a}.”`;
      case 2:
        return `“${a},” ${who} said, “${b}.”`;
      case 3:
        return `“${a}.\n\n“${b},” ${who} added.`;
      case 4:
        return `${who} warned that the deal was "${a.toLowerCase()}" and "${b.toLowerCase()}".`;
      case 5:
        return `"${a}. ${b}."`;
      case 6:
        return `"${a}`;
      case 7:
        return `${who}’s aides said the talks were ‘${a.toLowerCase()}’ and ‘${b.toLowerCase()}’.`;
      case 8:
        return `”${a},” ${who} said.\n\n»${b}.«`;
      case 9:
        return `${who} said: „${a}“, and added: «${b}.»`;
      case 10:
        return `“${a} "${b.toLowerCase()}" now,” ${who} said.`;
      default:
        return `${who} said that ${a.toLowerCase()}.`;
    }
  });

const article = fc
  .array(paragraph, { minLength: 1, maxLength: 6 })
  .map((paragraphs) => `Talks on the treaty\n\n${paragraphs.join('\n\n')}`);

function expectVerbatimPieces(result: ExtractionResult): void {
  for (const statement of result.statements) {
    const spans = statement.quoteSpans ?? [];
    if (statement.quote !== null) expect(spans.length, statement.quote).toBeGreaterThan(0);
    for (const { start, end } of spans) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(result.text.length);
      const piece = result.text.slice(start, end);
      expect(piece.length).toBeGreaterThan(0);
      expect(piece).toBe(piece.trim());
      // No stray mark: a piece holds only the paired marks of a quote nested in it.
      expect(piece).not.toMatch(/^[“”"«»„]/);
      expect((piece.match(/[“”"«»„]/g) ?? []).length % 2, piece).toBe(0);
      // The display form is made of the pieces.
      expect(statement.quote ?? '').toContain(piece.replace(/\s+/g, ' '));
    }
  }
}

describe('quote spans', () => {
  it('every quoted piece of a generated article is text.slice(start, end) and part of the display quote', () => {
    fc.assert(
      fc.property(article, (text) => expectVerbatimPieces(extract(text))),
      { numRuns: 150 },
    );
  });

  it('a quote split by its attribution keeps both pieces, each verbatim', () => {
    const text = 'Talks\n\n“The treaty is dead,” Putin said, “and we will not return to it.”';
    const result = extract(text);
    const pieces = (result.statements[0]?.quoteSpans ?? []).map((s) => text.slice(s.start, s.end));
    expect(pieces).toEqual(['The treaty is dead', 'and we will not return to it.']);
  });

  it('a quote running over two paragraphs keeps one piece per paragraph', () => {
    const text =
      'Talks\n\nWang Yi said: “China will never accept it.\n\n“The talks must go on,” he told reporters.';
    const pieces = extract(text).statements.flatMap((s) =>
      (s.quoteSpans ?? []).map((span) => text.slice(span.start, span.end)),
    );
    expect(pieces).toContain('China will never accept it.');
    expect(pieces).toContain('The talks must go on');
  });

  it('a quote in curly single marks is a quote; an apostrophe opens or closes none', () => {
    const text =
      'Ceasefire agreed\n\nAnwar Ibrahim said the two countries’ leaders had agreed to an ‘immediate and ' +
      'unconditional’ ceasefire. He added: “We don’t expect ‘easy’ talks.”';
    const quotes = extract(text).statements.flatMap((s) =>
      (s.quoteSpans ?? []).map((q) => text.slice(q.start, q.end)),
    );
    expect(quotes).toEqual(['immediate and unconditional', 'We don’t expect ‘easy’ talks.']);
  });

  const dirs = ['test/fixtures/articles', '../shared/dev-eval'].filter((dir) => existsSync(dir));
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f)),
  );
  it.each(files)('every quoted piece of %s is verbatim', (file) => {
    expectVerbatimPieces(extract(readFileSync(file, 'utf8')));
  });
});
