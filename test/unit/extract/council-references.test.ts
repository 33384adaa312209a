// "The council" alone, opening a sentence or clause, refers back to the body first named with that head: the one
// the story is about, not a council it only addresses later ("asked the UN Security Council to act").
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const speakers = (text: string): string[] => extract(text).statements.map((s) => s.speaker);

describe('a bare "the council" as a subject', () => {
  it.each([
    [
      'The African Union Peace and Security Council met in Addis Ababa on Thursday and asked the UN Security Council to act. The Council urged the two armies to stop fighting at once.',
      'org:african-union-peace-and-security-council',
    ],
    [
      'The UN Security Council met on the border dispute on Monday. After a long debate, the council called on both sides to return to talks in Jeddah.',
      'org:united-nations-security-council',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toContain(speaker);
    expect(new Set(speakers(text)).size).toBe(1);
  });

  it('is no speaker as the object of a verb', () => {
    const text =
      'The UN Security Council met on the border dispute on Monday. Prime Minister Ali Osman addressed it, urging the council to act as a partner in the recovery.';
    expect(speakers(text)).not.toContain('org:united-nations-security-council');
  });
});

describe('a bare "the commission" or "the authority" as a subject', () => {
  it.each([
    [
      'The ECOWAS Commission met in Abuja on Monday. The commission also warned the soldiers that they would answer for the safety of the president.',
      'org:ecowas-commission',
    ],
    [
      'The Authority of Heads of State and Government of ECOWAS met in Bissau on Sunday. The Authority also urged its partners to send more food to the region.',
      'org:authority-of-heads-of-state-and-government-of-ecowas',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toContain(speaker);
  });
});
