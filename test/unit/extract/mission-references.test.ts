// "The mission" alone, opening a sentence, refers back to the UN or AU operation the story named ("the United Nations
// Support Mission in Libya"), never to a country's permanent mission to the UN.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const speakers = (text: string): string[] => extract(text).statements.map((s) => s.speaker);

describe('a bare "the mission" as a subject', () => {
  it.each([
    [
      'The United Nations Support Mission in Libya confirmed on Monday that monitors had reached Sirte. The mission said in a statement that the team would help the two sides keep the truce.',
      'org:united-nations-support-mission-in-libya',
    ],
    [
      'UNIFIL said on Monday that its patrols had resumed near Naqoura. The mission urged both sides to use the new mechanism to settle their disputes.',
      'org:united-nations-interim-force-in-lebanon',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text).filter((s) => s === speaker).length).toBe(2);
  });

  it("is not a country's permanent mission named before", () => {
    const text =
      'Oman handed the chair to the Permanent Mission of the United Kingdom to the United Nations. The mission said: "We will keep working for calm in the region."';
    expect(speakers(text)).not.toContain('org:permanent-mission-of-the-united-kingdom');
  });
});
