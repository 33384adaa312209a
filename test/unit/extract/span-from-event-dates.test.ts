// "a week after Berg held talks", "two years after signing": a span counted from another event, which chrono reads as
// that long after publication. It dates nothing: the talks or the signing keep their own date, or none.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a span counted from another event', () => {
  it('does not date the earlier talks a week after publication', () => {
    const result = extract(
      'Norway’s Foreign Minister Jonas Berg met Swedish Prime Minister Eva Lind in Stockholm on Wednesday to discuss fisheries.\n\nThe visit comes a week after Berg held talks in Copenhagen with Danish Foreign Minister Lars Holm, and ahead of a Nordic Council ministerial meeting scheduled in Oslo next month.',
      { publishedAt: '2024-02-08' },
    );
    const talks = result.meetings.find((m) => m.place === 'place:copenhagen');
    expect(talks).toBeDefined();
    expect(talks?.date ?? '').not.toBe('2024-02-15');
    expect((talks?.date ?? '') <= '2024-02-08').toBe(true);
  });
});
