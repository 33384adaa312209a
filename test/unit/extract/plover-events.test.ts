// Event coding (issue #14): acts typed with PLOVER and scored on the Goldstein scale, between countries, with
// negated, denied, hypothetical and future acts flagged and never counted as their opposite.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { extract } from './helpers.ts';

const asserted = (result: ExtractionResult) => result.events.filter((e) => e.modality === 'asserted');
const coded = (result: ExtractionResult) =>
  result.events.map((e) => `${e.category} ${e.sourceCountry}->${e.targetCountry} ${e.modality}`);

describe('the seed article', () => {
  const text = readFileSync(
    new URL('../../../../shared/articles/000_e2f08d4d0a4a9df8.txt', import.meta.url),
    'utf8',
  );
  const result = extract(text);

  it('validates against the ExtractionResult schema', () => {
    expect(() => ExtractionResult.parse(result)).not.toThrow();
  });

  it('gives the treaty signing as RUS-PRK SUPPORT (+8.0), both ways', () => {
    const signing = result.events.filter((e) => e.from.kind === 'agreement');
    expect(signing.map((e) => `${e.sourceCountry}->${e.targetCountry}`).sort()).toEqual([
      'PRK->RUS',
      'RUS->PRK',
    ]);
    for (const e of signing)
      expect(e).toMatchObject({ category: 'SUPPORT', intensity: 8, modality: 'asserted' });
  });

  it('gives the Pyongyang summit as CONSULT between RUS and PRK, Russia visiting and North Korea hosting', () => {
    const summit = result.events.filter((e) => e.from.id === 'meeting:summit-2024-06-19-pyongyang');
    expect(summit.map((e) => `${e.cameo} ${e.sourceCountry}->${e.targetCountry}`).sort()).toEqual([
      '042 RUS->PRK',
      '043 PRK->RUS',
    ]);
    expect(summit.every((e) => e.category === 'CONSULT' && e.date === '2024-06-19')).toBe(true);
  });

  it('gives RUS -> KOR warnings, Rudenko the source of his own words', () => {
    const warnings = result.events.filter((e) => e.category === 'THREATEN');
    expect(warnings.every((e) => e.sourceCountry === 'RUS' && e.targetCountry === 'KOR')).toBe(true);
    expect(warnings.map((e) => e.source)).toContain('person:andrey-rudenko');
    expect(warnings.map((e) => e.source)).toContain('person:vladimir-putin');
  });

  it('flags the planned visit of Kim to Russia as future', () => {
    const visit = result.events.filter((e) => e.trigger === 'visit');
    expect(visit.length).toBeGreaterThan(0);
    expect(visit.every((e) => e.modality === 'future')).toBe(true);
  });
});

describe('negation is never counted as its opposite', () => {
  it.each([
    ['Russia did not sign the treaty with Ukraine on Monday.', 'SUPPORT'],
    ['Chinese Foreign Minister Wang Yi refused to condemn Russia.', 'ACCUSE'],
    [
      'China refused to condemn Russia over the invasion of Ukraine, Chinese Foreign Minister Wang Yi said.',
      'ACCUSE',
    ],
    ['Iranian Foreign Minister Abbas Araqchi denied threatening Saudi Arabia.', 'THREATEN'],
    [
      'Iran denied threatening Saudi Arabia, Iranian Foreign Minister Abbas Araqchi said on Monday.',
      'THREATEN',
    ],
    ["Japan didn't reject the proposal from South Korea.", 'REJECT'],
  ])('"%s" gives no asserted %s', (text, category) => {
    const result = extract(text);
    expect(asserted(result).filter((e) => e.category === category)).toEqual([]);
  });

  it.each([
    ['Chinese Foreign Minister Wang Yi refused to condemn Russia.', 'negated'],
    ['Iranian Foreign Minister Abbas Araqchi denied threatening Saudi Arabia.', 'denied'],
    ['Russian President Vladimir Putin will visit China next month.', 'future'],
    [
      'Turkey could condemn Russia if the strikes continue, Turkish President Recep Tayyip Erdogan said.',
      'hypothetical',
    ],
  ])('"%s" is kept, flagged %s', (text, modality) => {
    expect(extract(text).events.map((e) => e.modality)).toContain(modality);
  });
});

describe('acts in statements and sentences', () => {
  it.each([
    [
      'Chinese Foreign Minister Wang Yi accused the United States of interfering in its affairs.',
      'ACCUSE CHN->USA asserted',
    ],
    ['Japan condemned North Korea’s missile launch on Friday.', 'ACCUSE JPN->PRK asserted'],
    [
      'German Chancellor Olaf Scholz urged China to press Russia to end the war.',
      'REQUEST DEU->CHN asserted',
    ],
    ['Poland demanded that Russia return the bodies.', 'REQUEST POL->RUS asserted'],
    ['Indian Prime Minister Narendra Modi welcomed the agreement with Russia.', 'SUPPORT IND->RUS asserted'],
  ])('"%s" -> %s', (text, expected) => {
    expect(coded(extract(text))).toContain(expected);
  });

  it('codes no event for a neutral "said"', () => {
    expect(
      extract('Russian Foreign Minister Sergei Lavrov said the talks with Turkey went well.').events,
    ).toEqual([]);
  });

  it('refines what was rejected: a proposal for talks is CAMEO 127 (-5.0)', () => {
    const [event] = extract('Iranian Foreign Minister Abbas Araqchi rejected the French proposal.').events;
    expect(event).toMatchObject({ category: 'REJECT', cameo: '127', intensity: -5 });
  });

  it('codes a phone call as CONSULT/phone (+1.0) in both directions', () => {
    const result = extract(
      'Chinese President Xi Jinping held a phone call with U.S. President Joe Biden on Tuesday.',
    );
    expect(
      result.events.map((e) => `${e.mode} ${e.intensity} ${e.sourceCountry}->${e.targetCountry}`).sort(),
    ).toEqual(['phone 1 CHN->USA', 'phone 1 USA->CHN']);
  });

  it('gives the same event ids for the same article', () => {
    const text = 'Japan condemned North Korea’s missile launch on Friday.';
    expect(extract(text).events.map((e) => e.id)).toEqual(extract(text).events.map((e) => e.id));
  });
});
