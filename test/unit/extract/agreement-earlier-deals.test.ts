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

  it('gives the later "new accord" and "the deal" to the story\'s deal, not to the earlier one', () => {
    const found = agreements(
      'Rivals sign peace deal\nThe president of Zembla and the rebel commander signed a peace agreement in Geneva on Tuesday.\nAn earlier peace deal signed in 2012 collapsed within months after fresh clashes.\nThe new accord restores the commander to the cabinet. Mediators said the deal was fragile.',
    );
    const earlier = found.find((a) => a.signedOn === '2012');
    expect(earlier?.aliases).not.toContain('new accord');
    expect(earlier?.aliases).not.toContain('deal');
    const own = found.find((a) => a !== earlier);
    expect(own?.aliases).toEqual(expect.arrayContaining(['new accord', 'deal']));
  });
});

describe('an agreement the story says another one replaces', () => {
  it('leaves later bare references to the replacement', () => {
    const found = agreements(
      'Zembla and Vardia sign new fisheries pact\nZembla and Vardia signed the Northern Waters Fisheries Agreement in Oslo on Monday.\nThe Northern Waters Fisheries Agreement replaces the Kessel Agreement. The Kessel Agreement had set the quotas for years.\nOfficials said the agreement would take effect in spring.',
    );
    const replaced = found.find((a) => a.name.includes('Kessel'));
    const replacement = found.find((a) => a.name.includes('Northern Waters'));
    expect(replaced?.aliases).not.toContain('agreement');
    expect(replacement?.aliases).toContain('agreement');
  });
});
