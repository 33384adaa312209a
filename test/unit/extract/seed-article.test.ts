// Acceptance test: the seed article (The Hankyoreh, 2024-06-26) read from the shared folder, never copied here.
// Asserts the people, countries, organizations, agreement, meetings and statements the issue lists.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { createExtractor } from '../../../src/extract/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seedPath = path.resolve(repoRoot, '../shared/articles/000_e2f08d4d0a4a9df8.txt');

describe('seed article', () => {
  let result: ExtractionResult;
  beforeAll(() => {
    const text = readFileSync(seedPath, 'utf8');
    result = createExtractor().extract({ text, publishedAt: '2024-06-26', publisher: 'The Hankyoreh' });
  });

  const person = (id: string) => result.persons.find((p) => p.id === id);

  it('matches the ExtractionResult schema', () => {
    expect(() => ExtractionResult.parse(result)).not.toThrow();
  });

  it.each([
    ['person:vladimir-putin', 'Vladimir Putin', 'President', 'RUS'],
    ['person:kim-jong-un', 'Kim Jong-un', 'leader', 'PRK'],
    ['person:andrey-rudenko', 'Andrey Rudenko', 'Deputy Foreign Minister', 'RUS'],
    ['person:chang-ho-jin', 'Chang Ho-jin', 'national security adviser', 'KOR'],
  ])('finds %s with title and country', (id, name, title, country) => {
    expect(person(id)).toMatchObject({ name, country });
    expect(person(id)?.title?.toLowerCase()).toBe(title.toLowerCase());
  });

  it('keeps the byline author out of the people', () => {
    expect(result.article.authors).toEqual(['Kim Mi-na']);
    expect(result.persons.map((p) => p.name)).not.toContain('Kim Mi-na');
    expect(result.persons).toHaveLength(4);
  });

  it('resolves short forms and references to one node per person', () => {
    const rudenko = person('person:andrey-rudenko');
    const forms = rudenko?.mentions.map((m) => result.text.slice(m.start, m.end).toLowerCase()) ?? [];
    expect(forms).toContain('rudenko');
    expect(forms).toContain('the deputy foreign minister');
    expect(
      person('person:kim-jong-un')?.mentions.some((m) => result.text.slice(m.start, m.end) === 'Kim'),
    ).toBe(true);
  });

  it('finds the countries', () => {
    expect(result.countries.map((c) => c.id)).toEqual(
      expect.arrayContaining(['RUS', 'PRK', 'KOR', 'UKR', 'IRN']),
    );
    expect(result.countries.find((c) => c.id === 'KOR')?.name).toBe('South Korea');
  });

  it('finds the organizations with kinds', () => {
    const kinds = Object.fromEntries(result.organizations.map((o) => [o.name, o.kind]));
    expect(kinds).toMatchObject({
      Sputnik: 'news agency',
      TASS: 'news agency',
      Yonhap: 'news agency',
      'Asia Cooperation Dialogue': 'intergovernmental',
    });
  });

  it('finds one comprehensive strategic partnership treaty', () => {
    expect(result.agreements).toHaveLength(1);
    const treaty = result.agreements[0];
    expect(treaty?.parties).toEqual(expect.arrayContaining(['RUS', 'PRK']));
    expect(treaty?.signatories).toEqual(
      expect.arrayContaining(['person:vladimir-putin', 'person:kim-jong-un']),
    );
    expect(treaty).toMatchObject({ signedOn: '2024-06-19', place: 'place:pyongyang', status: 'signed' });
    expect(treaty?.aliases.join(' ')).toContain('comprehensive strategic partnership');
  });

  it('finds the summit, the Vostochny meeting and the planned visit', () => {
    const summit = result.meetings.find((m) => m.kind === 'summit');
    expect(summit).toMatchObject({ date: '2024-06-19', place: 'place:pyongyang', status: 'held' });
    expect(summit?.participants).toEqual(
      expect.arrayContaining(['person:vladimir-putin', 'person:kim-jong-un']),
    );
    const vostochny = result.meetings.find((m) => m.place === 'place:vostochny-cosmodrome');
    expect(vostochny).toMatchObject({ date: '2023-09', status: 'held' });
    const visit = result.meetings.find((m) => m.kind === 'visit');
    expect(visit).toMatchObject({ status: 'planned', place: 'place:moscow' });
    expect(visit?.participants).toContain('person:kim-jong-un');
  });

  it('attributes the statements', () => {
    const treaty = result.agreements[0]?.id ?? '';
    const rudenko = result.statements.filter(
      (s) => s.speaker === 'person:andrey-rudenko' && s.quote !== null && s.about.includes(treaty),
    );
    expect(rudenko.length).toBeGreaterThanOrEqual(3);
    for (const statement of rudenko) expect(statement.channel).toBe('org:sputnik');
    expect(rudenko.map((s) => s.quote)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('kind of warning'),
        expect.stringContaining('is not aimed at undermining'),
        expect.stringContaining('We hope Seoul will accept'),
      ]),
    );
    expect(
      result.statements.find(
        (s) => s.speaker === 'RUS' && s.text.startsWith('South Korea is not the target'),
      ),
    ).toBeDefined();
    expect(
      result.statements.find(
        (s) => s.speaker === 'person:chang-ho-jin' && s.text.includes('weapons aid to Ukraine'),
      ),
    ).toBeDefined();
    const mistake = result.statements.find(
      (s) => s.speaker === 'person:vladimir-putin' && s.quote === 'very big mistake',
    );
    expect(mistake?.about).toEqual(expect.arrayContaining(['KOR', 'UKR']));
  });

  it('treats credits, scare quotes and repeated captions as no statements', () => {
    expect(result.statements.some((s) => s.speaker.startsWith('org:'))).toBe(false);
    expect(result.statements.some((s) => s.quote === 'comprehensive strategic partnership')).toBe(false);
    expect(new Set(result.statements.map((s) => s.id)).size).toBe(result.statements.length);
  });

  it('indexes every offset into the normalized text', () => {
    for (const item of [...result.persons, ...result.countries, ...result.organizations]) {
      for (const m of item.mentions) expect(m.end).toBeLessThanOrEqual(result.text.length);
    }
    for (const s of result.statements)
      expect(result.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.sentence);
    for (const e of [...result.agreements, ...result.meetings].flatMap((i) => i.evidence))
      expect(result.text.slice(e.start, e.end)).toBe(e.sentence);
  });
});
