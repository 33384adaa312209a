// A document that names its own issuer after its noun, on sentences written for the test: ", said a statement issued
// by the Ministry of Foreign Affairs on Monday.", ", noted a statement issued here by UN spokesman X.", '," said a
// statement issued here by Guterres's spokesman.' The issuer named there speaks, not the countries the reported words
// name nor the issuers of a joint statement told of before.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD =
  'Truce in Chad\n\nChad and the rebel FACT movement agreed to a three-day truce on Monday after talks in Ndjamena';

describe('documents that name their own issuer', () => {
  it('gives reported words closed by such a document to the body that issued it', () => {
    const text = `${LEAD}.\n\nBoth sides would meet again in Ndjamena next month, said a statement issued by the Ministry of Foreign Affairs on Monday after the talks.`;
    expect(speakersOf(text, 'meet again')).toEqual(['org:ministry-of-foreign-affairs']);
  });

  it('gives them to the spokesman the issuer words name, and so the later "the statement said"', () => {
    const text = `${LEAD}.\n\nObservers from three countries would watch the truce, noted a statement issued here by UN spokesman Stephane Dujarric.\n\n"The Secretary-General urges both sides to keep their word," the statement said.`;
    expect(speakersOf(text, 'Observers')).toEqual(['person:stephane-dujarric']);
    expect(speakersOf(text, 'keep their word')).toEqual(['person:stephane-dujarric']);
  });

  it('does not take such a document for a joint statement told of before', () => {
    const text = `${LEAD}, in line with a joint statement announced last week by Egyptian Foreign Minister Sameh Shoukry and Nigerien Foreign Minister Bakary Yaou Sangare.\n\n"The truce is our best chance to end the fighting," said a statement issued here by Guterres's spokesman.`;
    expect(speakersOf(text, 'best chance')).toEqual(['person:antonio-guterres']);
  });

  it("leaves a leader's office to the government it speaks for", () => {
    const text = `${LEAD}.\n\nBoth sides would meet again next month, said a statement from Chadian President Mahamat Idriss Deby's office.`;
    expect(speakersOf(text, 'meet again')).toEqual(['TCD']);
  });
});
