// Plural go-betweens as speakers, on sentences written for the test: "the mediators warned ...", "The truce's
// mediators said ...", "a joint statement from the mediators" speak for each country the article names as a
// go-between, not for the sides they mediate between.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD =
  'Truce in Chad\n\nChad and the rebel FACT movement agreed to a three-day truce on Monday in talks mediated by Angola and Ghana.\n\n';

describe('plural go-betweens as speakers', () => {
  it.each([
    ['“Both sides must respect the truce from the first hour,” the mediators warned.', 'first hour'],
    [
      'The truce’s mediators said in a joint statement that the agreement would be monitored by observers.',
      'observers',
    ],
    ['The mediators noted that the truce had already reduced the fighting around the capital.', 'capital'],
    ['“The truce will take effect at dawn,” said a joint statement from the mediators.', 'at dawn'],
  ])('gives "%s" to each go-between country', (sentence, words) => {
    expect(speakersOf(`${LEAD}${sentence}`, words)).toEqual(['AGO', 'GHA']);
  });

  it('leaves "the mediators" alone in an article that names no two go-betweens', () => {
    const text = `Truce in Chad\n\nChad and the rebel FACT movement agreed to a three-day truce on Monday.\n\n“Both sides must respect the truce from the first hour,” the mediators warned.`;
    expect(speakersOf(text, 'first hour')).not.toContain('AGO');
    expect(speakersOf(text, 'first hour')).not.toContain('TCD');
  });
});
