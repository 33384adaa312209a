// Plural go-betweens as speakers, on sentences written for the test: "the mediators warned ...", "The truce's
// mediators said ...", "a joint statement from the mediators" speak for each country the article names as a
// go-between, not for the sides they mediate between.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function speakersOf(text: string, words: string): string[] {
  return extract(text)
    .statements.filter((s) => s.text.includes(words))
    .map((s) => s.speaker)
    .sort();
}

const LEAD =
  'Truce in Chad\n\nChad and the rebel FACT movement agreed to a three-day truce on Monday in talks mediated by Angola and Ghana.\n\n';

describe('plural go-betweens as speakers', () => {
  it.each([
    '“Both sides must respect the truce from the first hour,” the mediators warned.',
    'The truce’s mediators said in a joint statement that the agreement would be monitored by observers.',
    'The mediators noted that the truce had already reduced the fighting around the capital.',
    '“The truce will take effect at dawn,” said a joint statement from the mediators.',
  ])('gives "%s" to each go-between country', (sentence) => {
    const words = sentence.includes('first hour')
      ? 'first hour'
      : sentence.includes('observers')
        ? 'observers'
        : sentence.includes('capital')
          ? 'capital'
          : 'at dawn';
    expect(speakersOf(`${LEAD}${sentence}`, words)).toEqual(['AGO', 'GHA']);
  });

  it('leaves "the mediators" alone in an article that names no two go-betweens', () => {
    const text = `Truce in Chad\n\nChad and the rebel FACT movement agreed to a three-day truce on Monday.\n\n“Both sides must respect the truce from the first hour,” the mediators warned.`;
    expect(speakersOf(text, 'first hour')).not.toContain('AGO');
    expect(speakersOf(text, 'first hour')).not.toContain('TCD');
  });
});
