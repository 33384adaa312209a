// "<Country or body> <stance> ..., <its official> said": a closing attribution by someone who speaks for the
// subject names the speaker; the country or body is only what the words are about. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

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
