// A group of countries known by a nickname ("the Troika") speaks as one body, on sentences written for the test:
// named with the bracketed list of its members, either way round, it is the speaker, not the last member listed;
// inside a longer capitalized name ("the SADC Organ Troika") it names no group.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function speakersOf(text: string, words: string): string[] {
  return extract(text)
    .statements.filter((s) => (s.quote ?? s.text).includes(words))
    .map((s) => s.speaker)
    .sort();
}

const LEAD =
  'Sudan deal hailed\n\nThe government and the rebel alliance signed a peace agreement in Juba on Saturday.\n\n';

describe('group nicknames as speakers', () => {
  it.each([
    'The members of the Troika (Norway, the United Kingdom and the United States) welcomed the peace agreement as a turning point.',
    'The United States, Britain and Norway (the Troika) welcomed the peace agreement as a turning point.',
    'The members of the Troika (Norway, the United Kingdom and the United States) issued a statement welcoming the peace agreement as a turning point.',
  ])('gives "%s" to the Troika', (sentence) => {
    expect(speakersOf(`${LEAD}${sentence}`, 'turning point')).toEqual(['org:troika']);
  });

  it('gives a later "according to the statement" to the group that issued it', () => {
    const text = `${LEAD}The members of the Troika (Norway, the United Kingdom and the United States) issued a joint statement on Sunday.\n\nThe members of the Troika, according to the statement, said they would back the monitoring of the ceasefire.`;
    const speakers = extract(text).statements.map((s) => s.speaker);
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['org:troika']));
  });

  it('finds no Troika inside a longer name', () => {
    const text = `Summit set\n\nThe SADC Organ Troika will meet in Harare next week, and the Troika Summit will follow.`;
    expect(extract(text).organizations.map((o) => o.name)).not.toContain('Troika');
  });
});
