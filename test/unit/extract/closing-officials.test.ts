// "<Country or body> <stance> ..., <its official> said": a closing attribution by someone who speaks for the
// subject names the speaker; the country or body is only what the words are about. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech, speakersOf } from './helpers.ts';

describe('a country or body stance closed by its own official', () => {
  it.each([
    [
      'Gulf rift\n\nThe UAE welcomed the efforts to mend the Gulf rift, Minister of State for Foreign Affairs Dr Anwar Gargash said on Tuesday.',
      'person:anwar-gargash',
      'ARE',
    ],
    [
      'Yemen talks\n\nThe United Nations welcomed on Monday the new proposal to end the war, UN spokesman Farhan Haq said.',
      'person:farhan-haq',
      'org:united-nations',
    ],
  ])('is the official’s statement: %#', (text, official, subject) => {
    const speakers = reportedSpeech(text).map(([who]) => who);
    expect(speakers).toContain(official);
    expect(speakers).not.toContain(subject);
  });

  it('keeps a person named as the subject ("Blinken stressed ..., the State Department said")', () => {
    const speakers = reportedSpeech(
      'Gaza talks\n\nAntony Blinken stressed the need to protect civilians, the State Department said.',
    ).map(([who]) => who);
    expect(speakers).toContain('person:antony-blinken');
  });

  it('keeps several countries named as the subject', () => {
    const speakers = reportedSpeech(
      'Gaza truce\n\nEgypt, Qatar and Turkey urged the parties to honour the truce, the US envoy Steve Witkoff said.',
    ).map(([who]) => who);
    expect(speakers).toEqual(expect.arrayContaining(['EGY', 'QAT', 'TUR']));
  });
});

// "X and Y reaffirmed ..., the ministry said": a body closing what two people did together (at a meeting, on a call)
// tells its own account; one person's words closed by a body stay theirs (above).
describe('a joint act of two people closed by a body', () => {
  const OPENING = 'Fishing talks\n\n';
  it('is the body’s statement, in reported words', () => {
    const speakers = speakersOf(
      `${OPENING}Angolan Fisheries Minister Carmen dos Santos and her Ghanaian counterpart Kofi Mensah reaffirmed their wish to share the catch data during a phone call on Monday, the Angolan Foreign Ministry said.`,
      'share the catch data',
    );
    expect(speakers).toEqual(['org:angolan-foreign-ministry']);
  });

  it('is the body’s statement, when the words are quoted', () => {
    const speakers = speakersOf(
      `${OPENING}Angolan Fisheries Minister Carmen dos Santos and her Ghanaian counterpart Kofi Mensah have welcomed "the opening of the fishing season," the Angolan Foreign Ministry said in a statement on Monday.`,
      'fishing season',
    );
    expect(speakers).toEqual(['org:angolan-foreign-ministry']);
  });

  it('keeps one person’s quoted words theirs', () => {
    const speakers = speakersOf(
      `${OPENING}Angolan Fisheries Minister Carmen dos Santos has welcomed "the opening of the fishing season," the Angolan Foreign Ministry said in a statement on Monday.`,
      'fishing season',
    );
    expect(speakers).toEqual(['person:carmen-dos-santos']);
  });
});
