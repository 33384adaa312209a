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
