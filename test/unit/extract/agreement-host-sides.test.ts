// One deal an article tells with its sides and once more with the country that hosted it beside them ("the Cairo
// Declaration" of Sudanese factions / "the Sudan–Egypt agreement" Egypt's minister hailed) is one agreement; a deal
// of one more signer made nowhere the article says stays apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) =>
  extract(text, { publishedAt: '2024-07-23' }).agreements.map((a) => ({ name: a.name, parties: a.parties }));

describe('a deal told with its host beside its sides', () => {
  it('is the deal told with the sides alone, whose sides stand', () => {
    const text = [
      'CAIRO: Various Sudanese factions have agreed to end their divisions and strengthen Sudanese unity by signing the Cairo Declaration on Tuesday morning in Egypt, according to Egyptian state media.',
      'The declaration was signed at the closing ceremony of a reconciliation dialogue among the factions held in Cairo from July 21-23, state broadcaster Nile TV said.',
      "Egypt's Foreign Minister Badr Abdelatty hailed the agreement by 12 Sudanese factions to set up an “interim national reconciliation government” to govern Darfur after the war.",
      '“The most prominent highlight is the agreement to form an interim national reconciliation government around the governance of post-war Darfur,” Abdelatty said following the signing of the “Cairo declaration” by the factions in the Egyptian capital.',
    ].join('\n\n');
    expect(agreements(text)).toEqual([{ name: 'Cairo Declaration', parties: ['SDN'] }]);
  });

  it('leaves a deal of one more signer apart when no place hosts either', () => {
    const text =
      'Kyrgyzstan, Tajikistan and Uzbekistan signed a trilateral treaty on the junction point of their borders on Friday. Kyrgyzstan and Tajikistan also signed a treaty on the state border, the ministry said.';
    expect(agreements(text)).toHaveLength(2);
  });
});

describe('a deal made "with" someone in a host country', () => {
  it.each([
    ['the country', 'in Kenya'],
    ['a neighbouring country', 'in neighbouring Kenya'],
    ['a city and its country', 'in Nairobi, Kenya'],
  ])('does not take %s it was signed in as a side', (_shape, setting) => {
    const text = `Uganda signs peace deal\nUganda's President Yoweri Museveni signed a peace agreement with rebel factions ${setting} on Wednesday to end the war.`;
    expect(agreements(text).flatMap((a) => a.parties)).not.toContain('KEN');
  });
});
