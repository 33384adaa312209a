// A person named right after a ministry's full name, on sentences written for the test: `," Spokesperson at the
// Ministry of Foreign Affairs Tendai Moyo told reporters` and `," Ministry of Home Affairs Tendai Moyo told the
// briefing`. The ministry's name closes with "Affairs", and the person after it speaks, not the ministry.
import { describe, expect, it } from 'vitest';
import { extract, speakersOf } from './helpers.ts';

const LEAD =
  'Border talks\n\nHARARE: Zimbabwe and Zambia held talks on the Kariba dam in Harare on Monday.\n\n';

describe('a person named right after a ministry', () => {
  it.each([
    '"The two sides will meet again in May," Spokesperson at the Ministry of Foreign Affairs Tendai Moyo told reporters in Harare.',
    '"The two sides will meet again in May," Ministry of Foreign Affairs Tendai Moyo told the weekly media briefing.',
    '"The two sides will meet again in May," Spokesperson of the Ministry of Home Affairs Tendai Moyo said.',
  ])('gives "%s" to the person', (sentence) => {
    expect(speakersOf(`${LEAD}${sentence}`, 'meet again')).toEqual(['person:tendai-moyo']);
  });

  it('ends the ministry at its portfolio, before the name', () => {
    const result = extract(
      `${LEAD}"The two sides will meet again in May," Ministry of Foreign Affairs Tendai Moyo told reporters.`,
    );
    expect(result.organizations.map((o) => o.name)).toContain('Ministry of Foreign Affairs');
    expect(result.organizations.map((o) => o.name).some((name) => name.includes('Moyo'))).toBe(false);
  });

  it('keeps a ministry whose name goes on after "Affairs" whole', () => {
    const result = extract(
      `${LEAD}The Ministry of Foreign Affairs and International Trade said the talks would resume in May.`,
    );
    expect(result.organizations.map((o) => o.name)).toContain(
      'Ministry of Foreign Affairs and International Trade',
    );
  });
});
