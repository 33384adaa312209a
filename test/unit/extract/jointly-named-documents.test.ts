// A document whose issuers are named together before its noun, on sentences written for the test: "the
// Turkish-Russian statement said", "the Angolan and Ghanaian joint statement added", "The Kenyan/Ugandan joint
// statement says that ..." speak for each country named there, not only the one right before the noun.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD =
  'Truce in Chad\n\nChad and the rebel FACT movement agreed to a three-day truce on Monday after talks in Ndjamena.\n\n';

describe('documents issued by the countries named before them', () => {
  it.each([
    [
      '“Both sides must respect the truce from the first hour,” the Angolan-Ghanaian statement said.',
      'first hour',
      ['AGO', 'GHA'],
    ],
    [
      '“The truce will take effect at dawn,” the Angolan and Ghanaian joint statement added.',
      'at dawn',
      ['AGO', 'GHA'],
    ],
    ['“Observers will watch the roads,” the U.S.-Nigerian statement said.', 'roads', ['NGA', 'USA']],
    [
      'The Kenyan/Ugandan joint statement says that the truce had already reduced the fighting.',
      'reduced',
      ['KEN', 'UGA'],
    ],
    [
      '“The truce is a first step,” the Angolan, Ghanaian and Kenyan joint statement said.',
      'first step',
      ['AGO', 'GHA', 'KEN'],
    ],
  ])('gives "%s" to each country named', (sentence, words, speakers) => {
    expect(speakersOf(`${LEAD}${sentence}`, words)).toEqual(speakers);
  });

  it('leaves a document one country names to that country', () => {
    expect(speakersOf(`${LEAD}“The truce will hold,” the Angolan statement said.`, 'will hold')).toEqual([
      'AGO',
    ]);
  });
});

// A document named after its verb closes the reported words: "..., said a joint communique.", "..., read the joint
// communique." The issuers are the countries the words open with as their subject, not those they are about.
describe('a joint document closing the words with its verb first', () => {
  const OPENING = 'Border trade\n\n';
  it.each([
    [
      'The governments of Angola and Ghana agreed on Tuesday in Luanda to open a joint trade office, said a joint communique.',
      'trade office',
      ['AGO', 'GHA'],
    ],
    [
      'Angolan President Joao Lourenco and Ghanaian President Nana Akufo-Addo agreed to settle the dispute over the Chad border, said a joint statement released on Friday.',
      'dispute',
      ['AGO', 'GHA'],
    ],
    [
      'The two presidents of Angola and Ghana agreed to strengthen the bonds between their peoples, read the joint communique.',
      'bonds',
      ['AGO', 'GHA'],
    ],
    [
      "Angola and Ghana will reopen their consulates, said a joint press communique issued during Ghanaian Foreign Minister Shirley Botchwey's visit to the country.",
      'consulates',
      ['AGO', 'GHA'],
    ],
  ])('gives "%s" to each issuer', (sentence, words, speakers) => {
    expect(speakersOf(`${OPENING}${sentence}`, words)).toEqual(speakers);
  });

  it('leaves ", read the" with no document to no one', () => {
    expect(speakersOf(`${OPENING}Angola and Ghana talked, read the papers.`, 'talked')).toEqual([]);
  });
});

// A document whose issuers are people named in one list, as its source ("a joint statement from X and Y") or as the
// subject delivering it ("In a joint statement, X, Y and Z said"): each of them speaks its words, here and where
// "the statement" or "it" names it again, not the countries they serve.
describe('a joint document issued by the people it names', () => {
  const OPENING = 'Fishing pact\n\nAngola and Ghana agreed on a fishing pact on Friday.\n\n';
  it.each([
    [
      'The pact "will keep the coastal waters open to both fleets," according to a joint statement from Angolan Fisheries Minister Carmen dos Santos and Ghana\'s Trade Minister Kofi Mensah.',
      'coastal waters',
    ],
    [
      'In a joint statement, Angolan Fisheries Minister Carmen dos Santos and Ghana\'s Trade Minister Kofi Mensah said they had agreed "to share the catch data every month." "The pact will be reviewed in a year," the statement said.',
      'reviewed in a year',
    ],
    [
      'In a joint statement, Angolan Fisheries Minister Carmen dos Santos and Ghana\'s Trade Minister Kofi Mensah said they had agreed "to share the catch data every month." "Both fleets will carry observers," it added.',
      'carry observers',
    ],
  ])('gives "%s" to each person named', (sentence, words) => {
    expect(speakersOf(`${OPENING}${sentence}`, words)).toEqual([
      'person:carmen-dos-santos',
      'person:kofi-mensah',
    ]);
  });

  it('leaves a joint statement from the two governments to their countries', () => {
    expect(
      speakersOf(
        `${OPENING}A joint statement from the two governments specified that the pact "will keep the waters open."`,
        'waters open',
      ),
    ).toEqual(['AGO', 'GHA']);
  });
});
