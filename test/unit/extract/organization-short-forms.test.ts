// A short name found by its suffix is the one body in the text that its owner's name lengthens it into ("the Security
// Council" beside "the UN Security Council"); another word before it makes a different body.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe('a short form beside its owner-led name', () => {
  it.each([
    [
      'The UN Security Council met on the truce on Monday. Later the Security Council adopted a statement.',
      ['United Nations Security Council'],
    ],
    [
      'Envoys of the OSCE Minsk Group arrived in Baku. The Minsk Group will report next month.',
      ['OSCE Minsk Group'],
    ],
  ])('%s', (text, names) => {
    expect(orgNames(text)).toEqual(names);
  });

  it('keeps a body that another word lengthens apart', () => {
    const names = orgNames(
      "The secretary of Iran's Supreme National Security Council met officials. National Security Council spokesman Tom Reed said talks went well.",
    );
    expect(names).toContain('National Security Council');
  });
});

describe('capitals of a title-case headline before a name', () => {
  it.each([
    [
      'UN Backs Peace Council Plan For Gaza\n\nThe UN welcomed the plan on Monday, a spokesman said.',
      ['United Nations'],
    ],
    [
      'MoFA And US State Department Signed MoU\n\nThe two offices signed the accord in Kathmandu on Friday.',
      ['State Department'],
    ],
  ])('make no name the body does not write: %s', (text, names) => {
    expect(orgNames(text)).toEqual(names);
  });

  it('keeps the source a headline colon closes', () => {
    expect(orgNames('Press Office: Summit Looks Less Likely\n\nIt says the trip is in doubt.')).toContain(
      'Press Office',
    );
  });
});

describe('an organ of a body beside the same organ led by the body', () => {
  it.each([
    [
      'The Ministerial Council of the Gulf Cooperation Council met on Sunday. The GCC Ministerial Council said the talks went well.',
      'GCC Ministerial Council',
      'Ministerial Council of the Gulf Cooperation Council',
    ],
    [
      'The Peace and Security Council of the African Union met on Friday. The African Union Peace and Security Council asked for more troops.',
      'African Union Peace and Security Council',
      'Peace and Security Council of the African Union',
    ],
  ])('is that organ: %s', (text, name, alias) => {
    const found = extract(text).organizations.filter((o) => o.name === alias || o.aliases.includes(alias));
    expect(found.map((o) => o.name)).toEqual([name]);
  });
});
