// A short aside in brackets between a subject and its verb, on sentences written for the test: the acronym of a
// body ("the Ministry of Foreign Affairs (MFA) said"), a note ("(pictured)", "(local time)"). The subject stays
// the speaker; a subject before a passive ("were urged") still speaks no words.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Ministers meet\n\nGhanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert Dussey in Accra.\n\n';

describe('bracketed asides after a subject', () => {
  it.each([
    'On Thursday, the Economic Community of West African States (ECOWAS) said',
    'The Economic Community of West African States (ECOWAS) today said',
  ])('reads "%s ..." as the body speaking', (opening) => {
    const said = reportedSpeech(`${LEAD}${opening} the two countries will reopen their land border in June.`);
    expect(said.map(([speaker]) => speaker)).toContain('org:economic-community-of-west-african-states');
  });

  it.each(['(pictured)', '(local time)'])('reads "Ablakwa %s said ..." as Ablakwa speaking', (aside) => {
    const said = reportedSpeech(
      `${LEAD}Ablakwa ${aside} said the two countries will reopen their land border in June.`,
    );
    expect(said).toContainEqual([
      'person:samuel-okudzeto-ablakwa',
      'the two countries will reopen their land border in June',
    ]);
  });

  it('gives nothing to a body whose members "were yesterday urged" to act', () => {
    const said = reportedSpeech(
      `${LEAD}The Economic Community of West African States (ECOWAS) member states were yesterday urged to reopen their borders.`,
    );
    expect(said.map(([speaker]) => speaker)).not.toContain('org:economic-community-of-west-african-states');
  });
});
