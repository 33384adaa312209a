// A speech verb inside a condition or an open question ("the risk if Portugal rejected the plan", "has to decide
// whether he believes ...") reports nothing anyone said, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Leaders meet\n\nRomanian Prime Minister Nicolae Ciuca met Portuguese Prime Minister Antonio Costa in Bucharest on Thursday.\n\n';

describe('a speech verb in a condition or an open question', () => {
  it.each([
    'Reporters asked Ciuca about the new border plan and the risk if Costa rejected the plan.',
    'Costa has to tell parliament in May whether he believes the border plan is working.',
    'Ciuca will sign the plan only after the talks, unless Costa insists the text must change first.',
  ])('reports no statement: "%s"', (sentence) => {
    expect(reportedSpeech(`${LEAD}${sentence}`)).toEqual([]);
  });

  it('keeps a verb after the condition has ended: "... if Lisbon agrees but insists that ..."', () => {
    const said = reportedSpeech(
      `${LEAD}Costa is open to a longer truce if Bucharest agrees but insists that talks on a full treaty remain premature.`,
    );
    expect(said).toContainEqual(['person:antonio-costa', 'talks on a full treaty remain premature']);
  });

  it('keeps a plain "said" whose clause holds the condition: "said that if ..."', () => {
    const said = reportedSpeech(`${LEAD}Costa said that if the talks failed, Portugal would act alone.`);
    expect(said.map(([speaker]) => speaker)).toContain('person:antonio-costa');
  });
});
