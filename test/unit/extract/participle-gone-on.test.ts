// A participle after a comma (", saying ...", ", adding that ...", ", noting that ...") that reports more unquoted
// words of the speaker just given words in the sentence goes on with that statement: one attribution, one
// statement. Quoted words after it stay a statement of their own. On sentences written for the test.
import { describe, expect, it } from 'vitest';
import { boatengSays, boatengStatements } from './accra-talks.ts';

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
    const { reported, aflao } = boatengStatements(
      'Boateng said the talks had gone well, adding that the Aflao Border Agreement would be ratified soon.',
    );
    expect(reported).toHaveLength(1);
    expect(reported[0]?.about).toContain(aflao);
  });

  it('keeps quoted words after the participle as a statement of their own', () => {
    const { reported, quoted } = boatengStatements(
      'Boateng said the crossing would open next week, adding: "Our traders have waited long enough."',
    );
    expect(reported).toHaveLength(1);
    expect(quoted).toHaveLength(1);
  });
});
