// Quotes whose subject is plural, on sentences written for the test: "They added: ...", '"...," they said.' after
// words given to two countries at once, and "the three leaders wrote" after the leaders were named together.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const JOINT =
  'Mediators urge truce\n\nKenya and Ghana said in a joint statement on Friday that the truce between the two ' +
  'armies had been broken several times.\n\n';

describe('a plural subject of a quote', () => {
  it.each([
    ['They added: "Both armies remain bound by the truce they signed in Accra."', 'bound by the truce'],
    ['"Both armies remain bound by the truce they signed in Accra," they said.', 'bound by the truce'],
    [
      'In the joint statement, they said: "The monitors must reach the border towns."\n\nThey added: "Both armies remain bound by the truce."',
      'Both armies remain bound',
    ],
  ])('gives "%s" to every speaker of the joint words just before', (sentences, words) => {
    expect(speakersOf(`${JOINT}${sentences}`, words)).toEqual(['GHA', 'KEN']);
  });

  it('does not give "They said:" to two countries when the words before were given to one', () => {
    const text =
      'Mediators urge truce\n\nKenya said on Friday that Ghana had broken the truce twice.\n\n' +
      'They said: "We only answered fire."';
    expect(speakersOf(text, 'answered fire')).not.toEqual(['GHA', 'KEN']);
  });

  it.each([
    [
      'an opening "They wrote:" paragraphs after the three leaders spoke',
      'Leaders warn\n\nPresident Ruto, President Museveni and President Samia Suluhu Hassan called for an end to ' +
        'the fighting in the east.\n\nThe lake port has become a refuge for thousands.\n\nThe comments came in a ' +
        'joint article.\n\nThey wrote: "The war must end now, and talks must begin."',
    ],
    [
      'a closing "the three leaders wrote" after a quote of several sentences',
      'Leaders warn\n\nPresident Ruto, President Museveni and President Samia Suluhu Hassan called for an end to ' +
        'the fighting in the east.\n\n"The war must end now, and talks must begin. No army can win it. Only ' +
        'talks can," the three leaders wrote.',
    ],
  ])('gives %s to each of them', (_shape, text) => {
    expect(speakersOf(text, 'The war must end now')).toEqual([
      'person:ruto',
      'person:samia-suluhu-hassan',
      'person:yoweri-museveni',
    ]);
  });

  it.each([
    [
      'a list opening the sentence before',
      'Sweden, Finland and Denmark, the guarantors of the truce, welcomed its signing by Ruto and Museveni.',
    ],
    [
      'a list set off after a noun phrase',
      'The northern donors backing the talks, Sweden, Finland, and Denmark, were wary of the leaders who signed.',
    ],
  ])('gives \'"...," they said\' to the countries of %s, not to the people named', (_, before) => {
    const text =
      'Truce signed\n\nPresident Ruto and President Museveni signed the lake truce on Monday.\n\n' +
      `${before}\n"The truce must hold through the rainy season," they said in a statement.`;
    expect(speakersOf(text, 'must hold through')).toEqual(['DNK', 'FIN', 'SWE']);
  });
});
