// A Chinese surname spelled like a pronoun ("He") opens a name inside a sentence: "Vice Premier He Lifeng said",
// as Chinese and wire copy writes the trade negotiators and vice ministers. Sentences are our own, in those shapes.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const speakers = (text: string) => extract(text).statements.map((s) => s.speaker);

describe('a surname spelled like a pronoun', () => {
  it('names the speaker after a title ("Vice Foreign Minister He Jianmin said")', () => {
    const text =
      'Briefing reporters after the talks, Vice Foreign Minister He Jianmin said the two sides discussed the port.';
    expect(extract(text).persons.map((p) => p.name)).toEqual(['He Jianmin']);
    expect(speakers(text)).toEqual(['person:he-jianmin']);
  });

  it('names the speaker of a closing attribution after a comma ("..., He said.")', () => {
    const text =
      'Vice Premier He Jianmin led the delegation. The port deal should be signed before the summit, He said.';
    expect(speakers(text)).toEqual(['person:he-jianmin']);
  });

  it('stays the pronoun at a sentence start ("He said ...")', () => {
    const result = extract(
      'Foreign Minister Lina Varga met her counterpart on Monday. He Said the talks went well, she added.',
    );
    expect(result.persons.map((p) => p.name)).toEqual(['Lina Varga']);
  });
});
