import { describe, expect, it } from 'vitest';
import { linkMisses } from '../../eval/link-misses.ts';
import { GOLD, perfectResult } from './build-result.ts';

const TEXT = 'Russia and North Korea signed the treaty.\nRudenko spoke on Sunday.\nThen he spoke again.';
const treatyAt = 0;
const statementAt = TEXT.indexOf('Then');

function resultWithout(link: 'none' | 'duplicate') {
  const result = perfectResult();
  result.text = TEXT;
  const treaty = result.agreements[0];
  const statement = result.statements[0];
  if (!treaty || !statement) throw new Error('fixture');
  treaty.evidence = [{ sentence: 'Russia and North Korea signed the treaty.', start: treatyAt, end: 41 }];
  statement.evidence = { sentence: 'Then he spoke again.', start: statementAt, end: TEXT.length };
  statement.about = ['KOR'];
  if (link === 'duplicate') {
    result.agreements.push({
      ...treaty,
      id: 'agreement:partnership-deal',
      name: 'partnership deal',
      kind: 'deal',
    });
    statement.about.push('agreement:partnership-deal');
  }
  return result;
}

describe('linkMisses', () => {
  it('lists nothing when every link is made', () => {
    expect(linkMisses(GOLD, perfectResult())).toEqual([]);
  });

  it('places a missed link by the paragraphs between the deal and the statement', () => {
    expect(linkMisses(GOLD, resultWithout('none'))).toMatchObject([{ group: 'deal named further back' }]);
  });

  it('tells a link made to a split-off copy of the deal', () => {
    expect(linkMisses(GOLD, resultWithout('duplicate'))).toMatchObject([
      { group: 'linked to a duplicate of the deal', linkedTo: ['partnership deal'] },
    ]);
  });
});
