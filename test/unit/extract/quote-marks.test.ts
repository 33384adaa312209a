// Quote marks read by where they stand, not only by their shape (issue #11): copy retyped or auto-formatted by
// regional sites opens a quote with a right mark (”We ...), continues one with a reversed guillemet (»We ...)
// or prints the German pair („...“). Every sentence here is invented in the same shape as the real ones.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/statements/find-quotes.ts';
import { extract } from './helpers.ts';

const contents = (text: string): string[] => findQuotes(text).map((q) => q.content);

describe('quote marks by position', () => {
  it('a right mark opening a paragraph opens a quote', () => {
    expect(contents('Talks\n\n”As for the others, we have no quarrel with them,” he said.')).toEqual([
      'As for the others, we have no quarrel with them,',
    ]);
  });

  it('a right mark after a space and before a word opens the next quote', () => {
    expect(contents('“We are ready,” she said. ”We will talk next week.”')).toEqual([
      'We are ready,',
      'We will talk next week.',
    ]);
  });

  it('a paragraph opening with a reversed guillemet continues the open quote', () => {
    const text =
      'Talks\n\nHe said: “We discussed trade today.\n\n»We also discussed the border.”\n\nThe visit ends.';
    expect(contents(text)).toEqual(['We discussed trade today. We also discussed the border.']);
  });

  it('reads the German pair „...“ and the reversed pair »...« as one quote each', () => {
    expect(contents('Er sagte: „Wir sind bereit“, und ging.')).toEqual(['Wir sind bereit']);
    expect(contents('He said »we are ready« on Monday.')).toEqual(['we are ready']);
  });

  it('keeps the marks it always read: curly, guillemets, straight and a right mark that closes', () => {
    expect(contents('“A deal,” he said, «a good one,» and "a fair one" too.')).toEqual([
      'A deal,',
      'a good one,',
      'a fair one',
    ]);
    // A right mark before a space closes nothing and opens nothing when no quote is open.
    expect(contents('The term ” is a stray mark and “this” is a quote.')).toEqual(['this']);
  });

  it('attributes a quote opened with a right mark, as one verbatim piece', () => {
    const result = extract(
      'Talks in Geneva\n\nForeign Minister Abbas Araghchi met European ministers on Friday.\n\n' +
        '”As for the others, if they want dialogue, we have no problem with that,” Araghchi said.',
    );
    const statement = result.statements.find((s) => s.direct);
    expect(statement?.quote).toBe('As for the others, if they want dialogue, we have no problem with that');
    const [span] = statement?.quoteSpans ?? [];
    expect(span && result.text.slice(span.start, span.end)).toBe(statement?.quote);
  });

  it.each([
    [
      'curly in straight',
      '"We reject the so-called “snapback” step," he said.',
      'We reject the so-called “snapback” step,',
    ],
    [
      'straight in curly',
      '“We reject the "snapback" step, it is illegal,” he said.',
      'We reject the "snapback" step, it is illegal,',
    ],
    [
      'guillemets in straight',
      '"He told me: «we are ready» and left," she said.',
      'He told me: «we are ready» and left,',
    ],
    [
      'straight in guillemets',
      '«He told me: "we are ready" and left,» she said.',
      'He told me: "we are ready" and left,',
    ],
    [
      'curly in guillemets',
      '«He told me: “we are ready” and left,» she said.',
      'He told me: “we are ready” and left,',
    ],
  ])('a quote nested in marks of another family stays inside the outer quote: %s', (_, text, content) => {
    expect(contents(text)).toEqual([content]);
  });

  it('a straight mark glued to the sentence before opens a quote', () => {
    expect(
      contents('Lavrov spoke on the sidelines of the summit."We are ready for this," Lavrov said.'),
    ).toEqual(['We are ready for this,']);
    // A closing mark before a capital still closes its open quote.
    expect(contents('He said "we are ready."The talks ended.')).toEqual(['we are ready.']);
  });

  it('attributes a nested quote to the outer speaker with its inner marks inside the verbatim piece', () => {
    const result = extract(
      'Talks in Vienna\n\n“We reject the "snapback" mechanism, it has no legal basis,” Foreign Minister Abbas Araghchi said.',
    );
    const statement = result.statements.find((s) => s.direct);
    expect(statement?.quote).toBe('We reject the "snapback" mechanism, it has no legal basis');
    const [span] = statement?.quoteSpans ?? [];
    expect(span && result.text.slice(span.start, span.end)).toBe(statement?.quote);
  });

  it('a straight mark after a space closes a curly quote whose last punctuation precedes it', () => {
    expect(
      contents('“We hope for closer ties between our universities. " he said. He left "soon" after.'),
    ).toEqual(['We hope for closer ties between our universities.', 'soon']);
    // The piece keeps no stray mark at a paragraph end either.
    expect(contents('He said: “Relations are good. "\n\nThe visit ended.')).toEqual(['Relations are good.']);
  });

  it('a right curly mark closes a quote opened with a straight mark, so the next quote keeps its words', () => {
    expect(
      contents('She called for "an end to the blockade.” He added that ties were a "source of pride."'),
    ).toEqual(['an end to the blockade.', 'source of pride.']);
  });

  it('gives the speaker of a straight-opened, curly-closed quote its words', () => {
    const result = extract(
      'Talks in Vienna\n\nForeign Minister Abbas Araghchi said the talks went well, calling for "an end to the sanctions.” He then left for Tehran.',
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toContainEqual([
      'person:abbas-araghchi',
      'an end to the sanctions',
    ]);
  });
});

describe('straight single quote marks', () => {
  it('reads a sentence in straight single marks after "said:" as a quote', () => {
    expect(
      contents("The minister said: 'The blockade must be lifted first. That is our main point.'"),
    ).toEqual(['The blockade must be lifted first. That is our main point.']);
  });

  it('leaves apostrophes and plural possessives alone', () => {
    expect(contents("Iran's envoy said the ministers' talks went on and the envoys' aides left.")).toEqual(
      [],
    );
    expect(contents("The band played rock 'n' roll as the leaders' wives arrived.")).toEqual([]);
  });

  it('reads lower-case fragments in straight single marks, with or without closing punctuation', () => {
    expect(
      contents(
        "The envoy said the text was 'finalized and completed' and would be signed 'within the coming days.'",
      ),
    ).toEqual(['finalized and completed', 'within the coming days.']);
  });

  it('does not pair an apostrophe with a mark in the next sentence', () => {
    expect(contents("The talks ran 'til dawn. The ministers' aides then left.")).toEqual([]);
  });

  it('gives the fragments of a reported clause to its speaker as one quote', () => {
    const result = extract(
      "Deal near\n\nForeign Minister Abbas Araghchi said the framework agreement with Oman would be signed 'remotely' and 'within the coming days'.",
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toContainEqual([
      'person:abbas-araghchi',
      'remotely ... within the coming days',
    ]);
  });

  it('gives a straight single quote to the speaker after it', () => {
    const result = extract(
      "Talks end\n\nFormer Nigerian President Olusegun Obasanjo spoke in Pretoria on Wednesday.\n\n'Today is the beginning of a new dawn for the region,' said Olusegun Obasanjo.",
    );
    expect(result.statements.map((s) => [s.speaker, s.quote])).toContainEqual([
      'person:olusegun-obasanjo',
      'Today is the beginning of a new dawn for the region',
    ]);
  });
});
