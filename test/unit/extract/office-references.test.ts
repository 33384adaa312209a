// Who "the minister", "the president" or "the PM" is: the person whose title names that office, not one whose
// title only contains the word ("Prime Minister", "Vice President", "Director of the President's Office").
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const speakers = (text: string): string[] => extract(text).statements.map((s) => s.speaker);

/** A visit by `named`, then words closed by "`role` said". */
const talksThen = (named: string, role: string): string =>
  `Talks held\n\n${named} arrived in Nairobi on Monday for two days of talks. The two sides will sign a trade accord next month, ${role} said.`;

describe('a role reference names the office of the title it fits', () => {
  it.each([
    ['Prime Minister Ana Lopes', 'the minister', 'person:ana-lopes'],
    ['Vice President Tomas Berg', 'the president', 'person:tomas-berg'],
    ["Director of the President's Office Tomas Berg", 'the president', 'person:tomas-berg'],
    ['Deputy Foreign Minister Tomas Berg', 'the foreign minister', 'person:tomas-berg'],
  ])('"%s" is not "%s"', (named, role, id) => {
    expect(speakers(talksThen(named, role))).not.toContain(id);
  });

  it.each([
    ['Prime Minister Ana Lopes', 'the prime minister', 'person:ana-lopes'],
    ['Prime Minister Ana Lopes', 'the PM', 'person:ana-lopes'],
    ['Prime Minister Ana Lopes', 'the premier', 'person:ana-lopes'],
    ['Vice President Tomas Berg', 'the vice president', 'person:tomas-berg'],
    ['Minister of Foreign Affairs Tomas Berg', 'the minister', 'person:tomas-berg'],
  ])('"%s" is "%s"', (named, role, id) => {
    expect(speakers(talksThen(named, role))).toContain(id);
  });
});

describe("a country's office is held by no one of that country whose office ranks otherwise", () => {
  it.each([
    ['Armenian Foreign Minister Edvard Nalband', 'the President of Armenia', 'person:edvard-nalband'],
    ['Armenian Foreign Minister Edvard Nalband', 'the Armenian president', 'person:edvard-nalband'],
    ['Armenian President Edvard Nalband', 'the Armenian minister', 'person:edvard-nalband'],
  ])('"%s" is not "%s"', (named, role, id) => {
    const text = `Talks held\n\n${named} arrived in Moscow on Tuesday for talks on trade. The accord will be signed next month, ${role} said.`;
    expect(speakers(text)).not.toContain(id);
  });

  it.each([
    ['Armenian Foreign Minister Edvard Nalband', 'the Armenian diplomat', 'person:edvard-nalband'],
    ['Armenian President Edvard Nalband', 'the Armenian leader', 'person:edvard-nalband'],
  ])('"%s" is "%s"', (named, role, id) => {
    const text = `Talks held\n\n${named} arrived in Moscow on Tuesday for talks on trade. The accord will be signed next month, ${role} said.`;
    expect(speakers(text)).toContain(id);
  });
});

describe('a title whose remit runs into a name introduces that person', () => {
  it('gives "the ambassador to Moscow, <name>, was quoted" to that name', () => {
    const text =
      'Embassy stays\n\nUS Secretary of State Mark Rubin met Russian officials on Monday. The US ambassador to Moscow, John Sullen, was quoted as saying the embassy would stay open.';
    expect(speakers(text)).toContain('person:john-sullen');
    expect(speakers(text)).not.toContain('person:mark-rubin');
  });

  it('gives "the president of the Security Council, <unknown name> of Britain" to no president named before', () => {
    const text =
      'Peace deal welcomed\n\nPresident Joseph Kabila signed the accord in Pretoria. Also on Tuesday, the president of the Security Council, Jeremy Greenwood of Britain, said in a statement that the council welcomed the accord.';
    expect(speakers(text)).not.toContain('person:joseph-kabila');
  });
});
