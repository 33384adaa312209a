// "the roadmap" of a peace or cooperation story is an instrument by its kind word alone, one per story.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string): { name: string; kind: string; about: number }[] => {
  const result = extract(text, { publishedAt: '2025-03-02' });
  return result.agreements.map((a) => ({
    name: a.name,
    kind: a.kind,
    about: result.statements.filter((s) => s.about.includes(a.id)).length,
  }));
};

describe('a roadmap', () => {
  it.each([
    [
      'bare, in quotes and reports',
      'Yemen talks make progress\nThe Houthi negotiator said the talks with Saudi officials had removed the main obstacles facing the roadmap. "The roadmap covers everyone\'s concerns," he said.',
    ],
    [
      'described, then by its proposer',
      'AU team visits Khartoum\nAn African Union delegation arrived in Khartoum on Thursday to present a roadmap for ending the war in Sudan. The AU roadmap calls for a cessation of hostilities, the governor said.',
    ],
    [
      'signed, then called on to sign',
      'Rebels sign roadmap\nFour armed groups signed the roadmap for the peace talks in Addis Ababa on Monday. The UN chief called on the holdouts to sign the roadmap.',
    ],
  ])('is one instrument: %s', (_shape, text) => {
    const found = agreements(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('other');
  });

  it('is what the statements about it are about', () => {
    const [roadmap] = agreements(
      'Yemen talks make progress\nThe Houthi negotiator said the talks with Saudi officials had removed the main obstacles facing the roadmap. "The roadmap covers everyone\'s concerns," he said.',
    );
    expect(roadmap?.about).toBe(2);
  });

  it('is no second instrument as the content of another one', () => {
    const found = agreements(
      'The army and the rebels signed a framework agreement in Doha on Monday. The framework outlines a roadmap to restore state authority in the east, the mediator said.',
    );
    expect(found.map((a) => a.name).join(' | ')).not.toMatch(/roadmap/i);
  });

  it('is no instrument while it is only to be drawn up', () => {
    const found = agreements(
      'Leaders agree on summit\nThe leaders agreed to hold a summit in Djibouti soon to develop a clear roadmap to end the crisis in Sudan, the minister said.',
    );
    expect(found.map((a) => a.name).join(' | ')).not.toMatch(/roadmap/i);
  });
});
