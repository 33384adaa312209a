// "the group", "the Palestinian movement", "the Iran-backed militia" where a speaker stands mean the movement or
// armed group named before, on sentences written for the test in the shapes of wire reports (Sputnik, The New Arab).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD =
  'Truce talks\n\nHamas leader Ismail Haniyeh spoke by phone with Egyptian intelligence chief Abbas Kamel.\n\n';

function speakerOf(text: string, words: string): string | undefined {
  return extract(text).statements.find((s) => (s.quote ?? s.text).includes(words))?.speaker;
}

describe('a movement referred to by its kind', () => {
  it.each([
    'The group said it would study the new proposal before giving its reply.',
    'The Palestinian group said it would study the new proposal before giving its reply.',
    'A statement by the Palestinian group on Thursday said it would study the new proposal before giving its reply.',
    '"We will study the new proposal before giving our reply," the movement said in a statement.',
  ])('gives "%s" to the group named before', (sentence) => {
    expect(speakerOf(`${LEAD}${sentence}`, 'study the new proposal')).toBe('org:hamas');
  });

  it('passes over a council named in between: "the movement" is still the group', () => {
    const text =
      `${LEAD}The UN Security Council on Monday adopted a resolution on the war.\n\n` +
      '"We welcome the resolution and are ready to study it," the movement said in a statement.';
    expect(speakerOf(text, 'ready to study it')).toBe('org:hamas');
  });

  it('leaves "the group" without a movement named before to the other rules', () => {
    const text =
      'Talks\n\nEgyptian President Abdel Fattah al-Sisi met European Union leaders in Cairo.\n\n' +
      'The group said it would study the new proposal before giving its reply.';
    expect(speakerOf(text, 'study the new proposal')).not.toBe('org:hamas');
  });
});
