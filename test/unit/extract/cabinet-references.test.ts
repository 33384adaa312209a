// A bare "the Cabinet" of a government communique is that government's cabinet, an organization that speaks; its
// country comes from the article (its dateline, its state agency, its head of state's court, a cabinet named in full).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const speakers = (text: string): string[] => extract(text).statements.map((s) => s.speaker);

describe('a bare "the Cabinet" as a speaker', () => {
  it.each([
    [
      "Prime Minister Khalid Al-Thani chaired the Cabinet's weekly meeting at the Amiri Diwan on Wednesday. The Cabinet welcomed the truce agreement reached in Cairo and stressed the need to carry it out in full.",
      'org:qatari-cabinet',
    ],
    [
      "King Salman chaired the Cabinet session in Riyadh on Tuesday. Minister of Media Omar Al-Harbi said in a statement to the Saudi Press Agency that the session reviewed the talks of the Crown Prince. The Cabinet condemned the attack on the port and affirmed the Kingdom's support for the peace process.",
      'org:saudi-cabinet',
    ],
    [
      'Saudi Cabinet backs truce in Yemen\nThe Cabinet also lauded the efforts of the United Nations envoy to extend the truce in Yemen.',
      'org:saudi-cabinet',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toContain(speaker);
  });

  it('names the cabinet by its shortest demonym and keeps "Cabinet" as an alias', () => {
    const org = extract(
      'King Salman chaired the Cabinet session in Riyadh. In a statement to the Saudi Press Agency, the minister said the Kingdom backs the truce. The Cabinet welcomed the agreement.',
    ).organizations.find((o) => o.id === 'org:saudi-cabinet');
    expect(org?.name).toBe('Saudi Cabinet');
    expect(org?.aliases).toContain('Cabinet');
  });

  it.each([
    "The deal was signed by Saudi Minister of State and member of the Cabinet, Ali Al-Ghamdi, and Iran's envoy in Beijing.",
    'The water ministry informed the Cabinet secretary that the treaty stays suspended, the Saudi Press Agency reported.',
  ])('is no cabinet inside a title: %s', (text) => {
    expect(extract(text).organizations.map((o) => o.name)).not.toContain('Saudi Cabinet');
  });

  it('is no cabinet when a name follows it', () => {
    const text = 'The Cabinet Office said on Monday that the talks would resume in Doha.';
    expect(extract(text).organizations.map((o) => o.name)).not.toContain('Cabinet');
  });
});
