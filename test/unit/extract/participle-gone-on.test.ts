// A participle after a comma (", saying ...", ", adding that ...", ", noting that ...") that reports more unquoted
// words of the speaker just given words in the sentence goes on with that statement: one attribution, one
// statement. Quoted words after it stay a statement of their own. On sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract, reportedSpeech } from './helpers.ts';

const LEAD =
  'Border deal in Accra\n\nGhanaian Foreign Minister Ama Boateng met Togolese Foreign Minister Kodjo Mensah in Accra on Tuesday.\n\n' +
  'The two ministers signed the Aflao Border Agreement, which reopens the crossing at Aflao.\n\n';

function boatengSays(sentence: string): string[] {
  return reportedSpeech(`${LEAD}${sentence}`)
    .filter(([speaker]) => speaker === 'person:ama-boateng')
    .map(([, words]) => words);
}

describe('a participle after a comma going on with the same speaker', () => {
  it.each([
    ['Boateng confirmed the reopening, saying the first lorries would cross on Friday morning.'],
    ['Boateng said the crossing would open next week, adding that customs staff had already been trained.'],
    ['Boateng stressed that the crossing matters to traders, noting that most of them come from Lomé.'],
  ])('makes one statement of "%s"', (sentence) => {
    const said = boatengSays(sentence);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/, (?:saying|adding|noting)/);
  });

  it('gives the one statement the agreement its second clause names', () => {
    const result = extract(
      `${LEAD}Boateng said the talks had gone well, adding that the Aflao Border Agreement would be ratified soon.`,
    );
    const said = result.statements.filter((s) => s.speaker === 'person:ama-boateng' && s.quote === null);
    expect(said).toHaveLength(1);
    const agreement = result.agreements.find((a) => a.name.includes('Aflao'));
    expect(said[0]?.about).toContain(agreement?.id);
  });

  it('keeps quoted words after the participle as a statement of their own', () => {
    const result = extract(
      `${LEAD}Boateng said the crossing would open next week, adding: "Our traders have waited long enough."`,
    );
    const said = result.statements.filter((s) => s.speaker === 'person:ama-boateng');
    expect(said.filter((s) => s.quote === null)).toHaveLength(1);
    expect(said.filter((s) => s.quote !== null)).toHaveLength(1);
  });
});
