// An editor's bracket that inserts the first part of a name into a quote ("President [Joseph] Kabila") closes
// inside the name: the words on both sides of it are one person's name, not a lone given name and a stray surname.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe("names an editor's bracket runs through", () => {
  it('reads the bracketed given name and the surname after it as one new person', () => {
    const result = extract(
      '"We met President [Tomas] Varga last week to settle the border question," the envoy said on Monday.',
    );
    const varga = result.persons.find((p) => p.name === 'Tomas Varga');
    expect(varga?.title).toBe('President');
    expect(varga?.aliases).not.toContain('Tomas] Varga');
  });

  it('joins a bracketed title and given name to a known surname instead of making a second person', () => {
    const found = names(
      '"We have asked [Russian Foreign Minister Sergei] Lavrov to explain this," the envoy said.',
    );
    expect(found).toEqual(['Sergey Lavrov']);
  });
});
