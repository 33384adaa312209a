// A body's sitting on whose sidelines two people met ("met X on the sidelines of the SCO foreign ministers' meeting",
// "on the sidelines of the meeting of the OIC Executive Committee") is an event of its own besides their meeting.
// A summit or conference so named stays one event with the meeting held at its edge.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function meetingsOf(text: string) {
  const result = extract(text, { publishedAt: '2024-05-02' });
  const name = (id: string) =>
    result.persons.find((p) => p.id === id)?.name ??
    result.organizations.find((o) => o.id === id)?.name ??
    id;
  return result.meetings.map((m) => m.participants.map(name).sort());
}

describe('sittings a meeting was held at the edge of', () => {
  it.each([
    [
      'Foreign Minister Amina Yusuf met her Kenyan counterpart John Otieno on the sidelines of the IGAD Council of Ministers meeting on Thursday.',
      /IGAD|Intergovernmental/,
    ],
    [
      'Foreign Minister Amina Yusuf met her Kenyan counterpart John Otieno on Thursday on the sidelines of the meeting of the Arab League Council.',
      /Arab League/,
    ],
  ])('is a sitting of the body besides the pair’s meeting: %s', (text, body) => {
    const meetings = meetingsOf(text);
    expect(meetings).toContainEqual(['Amina Yusuf', 'John Otieno']);
    expect(meetings.some((participants) => participants.some((p) => body.test(p)))).toBe(true);
    expect(meetings).toHaveLength(2);
  });

  it('keeps a summit so named one event with the meeting at its edge', () => {
    const text =
      'Foreign Minister Amina Yusuf met her Kenyan counterpart John Otieno on the sidelines of the IGAD summit in Djibouti.';
    expect(meetingsOf(text)).toHaveLength(1);
  });

  it('keeps a sitting named by no body with the meeting at its edge', () => {
    const text =
      'Foreign Minister Amina Yusuf met her Kenyan counterpart John Otieno on the sidelines of the meeting of foreign ministers on Thursday.';
    expect(meetingsOf(text)).toHaveLength(1);
  });
});
