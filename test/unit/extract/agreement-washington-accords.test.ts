// The accords Rwanda's and Congo's presidents signed in Washington in December 2025 are not the peace agreement their
// foreign ministers signed there in June: news of the later signing names the later accords, by their name or by a
// description of the two sides' peace deal.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string, publishedAt: string): string[] =>
  extract(text, { publishedAt }).agreements.map((a) => a.name);

describe('the Washington Accords of Rwanda and Congo', () => {
  it('are the later accords when an article of their signing names them', () => {
    const text =
      'Kagame and Tshisekedi sign in Washington\nRwandan President Paul Kagame and Congolese President Felix Tshisekedi signed the Washington Accord on Thursday. Kagame said the accord would hold.';
    expect(names(text, '2025-12-05')).toEqual(['Washington Accords for Peace and Prosperity']);
  });

  it('are one agreement with the peace deal of the two sides the same article describes', () => {
    const text =
      'Leaders sign Great Lakes deal\nTrump praised a peace agreement between Rwanda and the Democratic Republic of Congo on Thursday. The "Washington Accords," as the White House called the deal, commit both sides to end support for armed groups.';
    expect(names(text, '2025-12-05')).toHaveLength(1);
  });

  it('are not the June agreement an article of June describes', () => {
    const text =
      'Rwanda, Congo sign peace deal\nThe foreign ministers of Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington on Friday.';
    expect(names(text, '2025-06-28')).toEqual([
      'Peace Agreement between the Democratic Republic of the Congo and Rwanda',
    ]);
  });
});
