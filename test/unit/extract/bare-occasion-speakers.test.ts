// The speaker before an occasion set between subject and verb with no commas ("X after meeting Y in Delhi said"), on
// sentences written for the test in the shapes seen in real news (The Daily Star, a reposted APP-style report): the
// subject speaks, not the person met, and the agreement the words name is the subject's.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD = 'Ghana and Togo signed a border agreement in Accra on Monday.\n\n';

/** The speaker of the statement whose words begin with `opening`, and how many agreements it is about. */
function saidBy(text: string, opening: string): { speaker: string | undefined; agreements: number } {
  const result = extract(`${LEAD}${text}`);
  const statement = result.statements.find((s) => s.text.startsWith(opening));
  const ids = new Set(result.agreements.map((a) => a.id));
  return {
    speaker: statement?.speaker,
    agreements: statement?.about.filter((id) => ids.has(id)).length ?? 0,
  };
}

describe('a subject before an occasion with no commas', () => {
  it.each([
    [
      'after meeting',
      'Ghanaian President John Mahama after meeting his Togolese counterpart Faure Gnassingbe in Accra announced that the two countries will begin talks on renewing the agreement.',
    ],
    [
      'after talks with',
      'Ghanaian President John Mahama after talks with his Togolese counterpart Faure Gnassingbe said that the two countries will begin talks on renewing the agreement.',
    ],
    [
      'following a meeting with',
      'Ghanaian President John Mahama following a meeting with Togolese President Faure Gnassingbe told reporters that the two countries will begin talks on renewing the agreement.',
    ],
  ])('gives the words to the subject, not the one met (%s)', (_shape, sentence) => {
    expect(saidBy(sentence, 'the two countries will begin talks')).toEqual({
      speaker: 'person:john-mahama',
      agreements: 1,
    });
  });

  it('still gives words after the verb to the subject before it', () => {
    const text =
      'Ghanaian President John Mahama said after meeting Togolese President Faure Gnassingbe that the agreement would help traders.';
    expect(saidBy(text, 'the agreement would help traders').speaker).toBe('person:john-mahama');
  });
});
