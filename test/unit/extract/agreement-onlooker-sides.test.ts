// A country the story shows only welcoming a truce or peace deal, or pressing its sides, may be the country it names
// most; it is still no side of the deal whose sides the story alone implies.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[] =>
  extract(text, { publishedAt: '2024-03-14' }).agreements.flatMap((a) => a.parties ?? []);

describe('a country that only welcomes a two-sided deal', () => {
  it('is no side of a ceasefire it welcomed', () => {
    const found = parties(
      'Norway welcomes Ukraine ceasefire\nNorway has welcomed the ceasefire agreement in eastern Ukraine.\n\nNorway will send observers to Ukraine, the ministry in Oslo said. Ukraine reported that the front was quiet on Sunday, and Norway offered aid.',
    );
    expect(found).not.toContain('NOR');
  });

  it('stays a side when a sentence names it with the other side', () => {
    const found = parties(
      'Norway and Sweden sign peace agreement\nNorway welcomed the peace agreement it signed with Sweden on Monday.\n\nNorway and Sweden will meet again in May.',
    );
    expect(found).toEqual(expect.arrayContaining(['NOR', 'SWE']));
  });
});
