// A title's acronym set in parentheses before its holder's name ("Chief of Army Staff (COAS) General X") stands for
// that person where it is written alone ("COAS said ..."). Sentences are our own, in the shape of Pakistani copy.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const speakersOf = (text: string): string[] => extract(text).statements.map((s) => s.speaker);

describe('a title acronym standing for its holder', () => {
  it.each([
    [
      'The visiting minister called on Chief of Army Staff (COAS), General Tariq Hameed Niazi, on Monday. COAS said that Pakistan values its ties with the kingdom.',
    ],
    [
      'The envoy met Chief of Naval Staff (CNS) Admiral Tariq Hameed Niazi at the naval headquarters. The CNS said that both navies would hold joint drills.',
    ],
  ])('%s', (text) => {
    expect(speakersOf(text)).toContain('person:tariq-hameed-niazi');
  });

  it('gives an acronym no holder when the words before it are no title', () => {
    const text =
      'A statement by Inter-Services Public Relations (ISPR) Tariq Hameed Niazi was read out. ISPR said that the talks went well.';
    expect(speakersOf(text)).not.toContain('person:tariq-hameed-niazi');
  });
});
