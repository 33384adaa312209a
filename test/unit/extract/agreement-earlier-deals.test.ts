// "A previous peace deal signed in 2012", "an earlier truce": an indefinite description dated before the story's
// agreement is another instrument, not a second mention of the one just signed.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) => extract(text).agreements;

describe('an earlier agreement of the same kind', () => {
  it('stays apart from the peace deal the story reports', () => {
    const found = agreements(
      'Rivals sign peace deal\nThe president of Zembla and the rebel commander signed a peace deal in Geneva on Tuesday.\nA previous peace deal signed in 2012 collapsed within months after fresh clashes.\nThe new deal restores the commander to the cabinet.',
    );
    expect(found).toHaveLength(2);
    expect(found.some((a) => a.signedOn === '2012')).toBe(true);
  });

  it('keeps "an earlier truce" apart under another word for it', () => {
    const found = agreements(
      'Ceasefire agreed\nThe two armies agreed to a ceasefire agreement on Friday, the mediators said.\nAn earlier truce brokered in 2019 never fully took hold.',
    );
    expect(found).toHaveLength(2);
  });

  it('still reads "the earlier agreement" as the one the story named', () => {
    const found = agreements(
      'Deal signed\nThe two ministers signed a fisheries agreement in Oslo on Monday.\nOfficials said the earlier agreement would be published next week.',
    );
    expect(found).toHaveLength(1);
  });
});
