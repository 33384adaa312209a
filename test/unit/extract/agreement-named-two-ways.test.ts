// One instrument an article calls by two titles ("the Agreement on the Cessation of Hostilities", "the Cessation of
// Hostilities Agreement") is one agreement; two titles that set instruments apart stay two.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-14' }).agreements.map((a) => a.name);

describe('an agreement named two ways', () => {
  it.each([
    [
      '"Agreement on X" and "X Agreement"',
      'Monitors report violations\nThe monitoring team said both armies had broken the Agreement on the Cessation of Hostilities in three districts. The chairman urged the sides to respect the Cessation of Hostilities Agreement they signed in the capital.',
    ],
    [
      'a short title of the full one',
      'Envoy visits Juba\nThe regional envoy said the Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan must be implemented in full. He added that the Revitalized Agreement remains the only way to peace.',
    ],
    [
      'the river treaty with and without its river word',
      'Water talks open\nOfficials of the two countries met on Tuesday to review the Ganges River Water-Sharing Treaty, which expires next year. The delegation leader said the Ganges Water Sharing Treaty had served both sides well.',
    ],
  ])('is one agreement: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it.each([
    [
      'a sequel beside the first',
      'Leaders recall accords\nThe president said the Minsk Agreement had failed and that the Minsk II Agreement was never implemented by either side.',
    ],
    [
      'a comprehensive plan beside the interim one',
      'Nuclear talks\nThe minister recalled that the Joint Plan of Action of 2013 led to the Joint Comprehensive Plan of Action two years later.',
    ],
  ])('stays two agreements: %s', (_shape, text) => {
    expect(names(text).length).toBeGreaterThanOrEqual(2);
  });
});
