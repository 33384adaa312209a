// A deal made with a part of a country ("an agreement with Somalia's breakaway region of Somaliland", "Georgia's
// breakaway region of Abkhazia") is not the deal of the country that part broke from: that country objects, it
// signs nothing, so it is neither a side named in the sentence nor the story's other side.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[][] =>
  extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => [...(a.parties ?? [])].sort());

describe('the country a part of it broke from', () => {
  it('is no side of a deal made with "its breakaway region of" the part', () => {
    const found = parties(
      "Armenia signed a transit agreement with Moldova's breakaway region of Transnistria on Friday.",
    ).flat();
    expect(found).toContain('ARM');
    expect(found).not.toContain('MDA');
  });

  it("is not the story's other side when it is named again as the objecting country", () => {
    const found = parties(
      [
        'Armenia signs rail pact with Transnistria',
        '',
        'Landlocked Armenia signed an initial agreement with Moldova’s breakaway region of Transnistria on Friday to use its rail depot at Tiraspol, the government said.',
        '',
        '"This has been agreed with our Transnistrian friends and an MoU (Memorandum of Understanding) has been signed today," Prime Minister Nikol Pashinyan said at the ceremony.',
        '',
        'Transnistria declared independence from Moldova in 1990 but is not recognised. Moldova says Transnistria is part of its territory.',
        '',
        'Moldova recalled its envoy to Armenia on Saturday.',
      ].join('\n'),
    ).flat();
    expect(found).toContain('ARM');
    expect(found).not.toContain('MDA');
  });

  it('stays a side when its region is only the setting of the conflict', () => {
    const found = parties(
      "Peace deal signed in Algiers\nMali signed a peace agreement on Friday with the armed groups in Mali's northern region of Kidal, the government said. Mali and the armed groups will exchange prisoners under the deal.",
    ).flat();
    expect(found).toContain('MLI');
  });

  it("stays the story's side when its region is only a place, not a breakaway part", () => {
    const found = parties(
      [
        'Rail transit deal signed in Istanbul',
        '',
        'The rail transit agreement was signed in Istanbul on Friday, officials said.',
        '',
        "Russia will let trains cross Ukraine's southern region of Odesa under the deal, Russia's defence ministry said.",
        '',
        'Ukraine said the first trains would run next week. Russia said it would inspect them. Ukraine welcomed the deal.',
      ].join('\n'),
    ).flat();
    expect(found).toEqual(expect.arrayContaining(['RUS', 'UKR']));
  });

  it('leaves the breakaway part itself as the other side, named as the organization it is', () => {
    expect(
      parties(
        "Armenia signed a transit agreement with Moldova's breakaway region of Transnistria on Friday.",
      ),
    ).toEqual([['ARM', 'org:transnistria']]);
    expect(
      parties('Belarus and South Ossetia signed a trade agreement in Minsk on Monday, officials said.'),
    ).toEqual([['BLR', 'org:south-ossetia']]);
  });
});
