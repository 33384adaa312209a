// Stance frames: a verb and its fixed words that state a stance as one stance verb does ("drew attention to",
// "took exception to", "made it clear that"), with a named, pronoun or title-only subject; on sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Ministers talk\n\nForeign Minister Elena Varga of Hungary spoke by phone with Portuguese Foreign Minister Paulo Rangel on Tuesday.\n\n';

const speakers = (text: string): string[] => reportedSpeech(text).map(([speaker]) => speaker);

describe('a stance frame', () => {
  it.each([
    'Rangel drew attention to the delays in the border talks.',
    'Rangel drew special attention to the delays in the border talks.',
    "Rangel drew his colleague's attention to the delays in the border talks.",
    'Rangel took exception to the delays in the border talks.',
    'Rangel took issue with the delays in the border talks.',
    'Rangel looks forward to the signing of the new border treaty.',
    'Rangel looked forward to working with the new government in Budapest.',
  ])('is a statement of its subject: %s', (sentence) => {
    expect(speakers(`${LEAD}${sentence}`)).toContain('person:paulo-rangel');
  });

  it('is a statement of a pronoun subject: "He also took exception to ..."', () => {
    expect(speakers(`${LEAD}He also took exception to the delays in the border talks.`)).toHaveLength(1);
  });

  it('reports the clause after "that": "made it clear that ..."', () => {
    expect(
      reportedSpeech(`${LEAD}Rangel made it clear that Lisbon would back the new treaty.`),
    ).toContainEqual(['person:paulo-rangel', 'Lisbon would back the new treaty']);
  });

  it('reads "brought to the attention of X that ..." as the clause after "that"', () => {
    expect(
      reportedSpeech(
        `${LEAD}Rangel brought to the attention of his colleague that the border had stayed calm.`,
      ),
    ).toContainEqual(['person:paulo-rangel', 'the border had stayed calm']);
  });

  it('makes a title-only subject a speaker: "The minister also drew attention to ..."', () => {
    const text = `Talks in Lisbon\n\nPortuguese Foreign Minister Paulo Rangel met the Hungarian envoy on Tuesday. The minister also drew attention to the delays in the border talks.`;
    expect(speakers(text)).toEqual(['person:paulo-rangel']);
  });

  it.each([
    'Rangel drew a map of the border for the envoy.',
    'Rangel made a proposal on the border talks.',
    'Rangel took the train to Budapest on Wednesday.',
    'Rangel looked at the map of the border for an hour.',
    'The attention of the press was drawn to the border.',
  ])('needs all its words: %s', (sentence) => {
    expect(speakers(`${LEAD}${sentence}`)).toEqual([]);
  });
});

describe('an owned stance noun after "announced", "declared" or "renewed"', () => {
  const GULF =
    'Gulf states back the accord\n\nOman hosted the signing of the fisheries accord between Yemen and Somalia on Sunday.\n\n';

  it.each([
    'Kuwait announced its support for the fisheries accord.',
    'Kuwait announced its strong support to the fisheries accord.',
    "Kuwait announced the government's readiness to join the fisheries accord.",
    'Kuwait declared its firm opposition to the fisheries accord.',
    'Kuwait renewed its earlier commitment to the fisheries accord.',
  ])('is a stance of its subject: %s', (sentence) => {
    expect(reportedSpeech(`${GULF}${sentence}`).map(([speaker]) => speaker)).toEqual(['KWT']);
  });

  it.each([
    'Kuwait announced new support for the fishing fleets of Yemen.',
    'Kuwait announced the signing of the fisheries accord.',
    'Kuwait renewed the fisheries accord with Yemen.',
    'Kuwait announced his resignation from the fisheries council.',
  ])('needs an owner and a noun of stance: %s', (sentence) => {
    expect(reportedSpeech(`${GULF}${sentence}`)).toEqual([]);
  });
});
