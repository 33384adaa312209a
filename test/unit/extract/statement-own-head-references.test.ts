// A deal's form noun standing for the one agreement whose own name has it ("the framework" after the "Mombasa
// Framework for a Comprehensive Border Agreement" or a "framework agreement"), and where it stands for none.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Ids of the agreements the statement whose text begins with `opening` is about. */
function linkedIds(text: string, opening: string): string[] {
  const result = extract(text);
  const statement = result.statements.find((s) => s.text.startsWith(opening));
  expect(statement, `a statement opening "${opening}"`).toBeDefined();
  const ids = new Set(result.agreements.map((a) => a.id));
  return statement?.about.filter((id) => ids.has(id)) ?? [];
}

const TITLED =
  'Kenya, Somalia sign border framework\n\nKenya and Somalia signed the Mombasa Framework for a Comprehensive Border Agreement in Nairobi on Tuesday.\n\nThe ceremony was attended by regional envoys.\n\n';
const FRAMEWORK_AGREEMENT =
  'Sudan, rebels sign framework agreement\n\nSudan and the SPLM-North signed a framework agreement in Juba on Friday.\n\nThe talks lasted a week.\n\n';

describe('a form noun pointing back at the agreement whose name has it', () => {
  it('"the framework" after a title the agreement stage named from its last words only', () => {
    const text = `${TITLED}African Union Commission chairperson Moussa Faki Mahamat urged both sides to uphold the framework and to settle the remaining issues.`;
    expect(linkedIds(text, 'urged both sides')).toEqual(['agreement:comprehensive-border-agreement']);
  });

  it('"the framework" after a "framework agreement"', () => {
    const text = `${FRAMEWORK_AGREEMENT}South Sudanese President Salva Kiir said on Saturday that the framework would open the way to a final settlement.`;
    expect(linkedIds(text, 'the framework would')).toHaveLength(1);
  });

  it('only that agreement, beside a ceasefire the article also names', () => {
    const text = FRAMEWORK_AGREEMENT.replace(
      'in Juba on Friday.',
      'in Juba on Friday, after a ceasefire agreed in Doha last year.',
    ).concat(
      'South Sudanese President Salva Kiir said on Saturday that the framework would open the way to a final settlement.',
    );
    const result = extract(text);
    const framework = result.agreements.find((a) => a.aliases.includes('framework agreement'));
    expect(framework).toBeDefined();
    expect(linkedIds(text, 'the framework would')).toEqual([framework?.id]);
  });
});

describe('a form noun that points back at no agreement', () => {
  it('when two agreements of the article have the noun in their names', () => {
    const text = `${TITLED.replace(
      'Comprehensive Border Agreement',
      'Comprehensive Border Agreement and the Lamu Framework for a Fisheries Agreement',
    )}African Union Commission chairperson Moussa Faki Mahamat urged both sides to uphold the framework and to settle the remaining issues.`;
    expect(linkedIds(text, 'urged both sides')).toEqual([]);
  });

  it('before a complement of its own ("the framework of the talks")', () => {
    const text = `${TITLED}African Union Commission chairperson Moussa Faki Mahamat said that the framework of the talks had been set by the two capitals.`;
    expect(linkedIds(text, 'the framework of')).toEqual([]);
  });
});
