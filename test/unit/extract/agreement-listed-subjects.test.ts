// "memoranda on trade, energy and education": a plural kind word whose subjects are listed is one instrument per
// subject, as the dev-eval gold annotates listed documents (one node each, none for the count).

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) => extract(text).agreements;

describe('listed subjects', () => {
  it.each([
    [
      'Peru and Chile signed memoranda of understanding on mining, fisheries and tourism on Monday.',
      ['mining', 'fisheries', 'tourism'],
    ],
    [
      'Kenya and Ghana signed MoUs in the fields of agriculture, health and cyber security after the talks.',
      ['agriculture', 'health', 'cyber security'],
    ],
    ['Oman and Jordan signed agreements on water, roads, and customs.', ['water', 'roads', 'customs']],
    [
      'Oman and Jordan signed three memoranda of understanding (MoUs) on matters such as ports, aviation and water.',
      ['ports', 'aviation', 'water'],
    ],
  ])('one agreement per listed subject: %s', (text, subjects) => {
    const found = agreements(text);
    expect(found).toHaveLength(subjects.length);
    for (const [i, subject] of subjects.entries()) {
      expect(found[i]?.name.endsWith(` on ${subject}`)).toBe(true);
      expect(found[i]?.parties).toHaveLength(2);
    }
  });

  it.each([
    [
      'Chile and Peru signed agreements in the fields of mining, fisheries, education and trade, and welcomed them as a new stage of ties.',
      ['mining', 'fisheries', 'education', 'trade'],
    ],
    [
      'Kenya and Ghana signed memoranda on health, roads and water, and they agreed to meet again in May.',
      ['health', 'roads', 'water'],
    ],
    [
      'Oman and Jordan signed MoUs on ports, farming and shipping, and called them a milestone.',
      ['ports', 'farming', 'shipping'],
    ],
    // A noun wink may tag a verb ("trade", "transport") is still a listed subject.
    [
      'Peru and Chile signed memoranda on health, transport links and trade.',
      ['health', 'transport links', 'trade'],
    ],
  ])('ends the list where a new clause begins: %s', (text, subjects) => {
    const names = agreements(text).map((a) => a.name);
    expect(names).toHaveLength(subjects.length);
    for (const [i, subject] of subjects.entries()) expect(names[i]?.endsWith(` on ${subject}`)).toBe(true);
  });

  it('keeps two subjects joined by "and" one description', () => {
    const found = agreements('Peru and Bolivia signed key agreements in counter-terrorism and data privacy.');
    expect(found).toHaveLength(1);
  });

  it('ends a topic where the next instrument of the list begins', () => {
    const names = agreements(
      'Peru and Chile signed six documents, including an agreement on fisheries cooperation and memoranda of understanding on digital trade and renewable energy.',
    ).map((a) => a.name);
    expect(names.some((n) => n.endsWith('agreement on fisheries cooperation'))).toBe(true);
    expect(
      names.some((n) => /memoranda of understanding on digital trade and renewable energy$/.test(n)),
    ).toBe(true);
  });

  it('reads no list out of a single subject or named items', () => {
    expect(agreements('Peru and Chile signed agreements on trade, officials said.')).toHaveLength(1);
    expect(
      agreements('Peru and Chile signed agreements on the Andes, the Pacific and Antarctica.').length,
    ).toBeLessThanOrEqual(1);
  });
});

describe('a tally of agreements', () => {
  it.each([
    'Peru and Chile are discussing at least five MoUs ahead of the visit.',
    'Peru and Chile signed a fisheries agreement and a mining pact in Lima. They signed 12 agreements in all.',
  ])('is no agreement of its own: %s', (text) => {
    expect(
      agreements(text)
        .map((a) => a.name)
        .join(' '),
    ).not.toMatch(/12|five|MoUs/);
    expect(agreements(text).length).toBeLessThanOrEqual(2);
  });

  it.each([
    'Peru and Chile on Monday inked four pacts after talks in Lima.',
    'Peru and Chile signed 12 agreements during the visit.',
  ])('is the set signed when nothing was named before it: %s', (text) => {
    expect(agreements(text)).toHaveLength(1);
  });

  it('keeps a counted plural that is described', () => {
    expect(agreements('Peru and Chile signed five additional protocols on Monday.')).toHaveLength(1);
  });
});
