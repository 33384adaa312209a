// One deal an article calls by its subject and by the step it is ("an agreement on the river dam ... the first-step
// agreement on the river dam", "the first stage agreement"): one agreement; a second deal on another subject stays
// apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-09-02' }).agreements.map((a) => a.name);

describe('a deal told by its subject and by its step', () => {
  it.each([
    [
      'the subject, then the same subject with its step',
      'Ministers welcome dam talks\nNegotiators reached an agreement on the river dam in Nairobi on Sunday. Officials said the first-step agreement on the river dam would be reviewed in six months.',
    ],
    [
      'a step alone, beside the one deal with sides',
      'Envoy praises dam accord\nThe envoy of Norway called it an encouraging first stage agreement. Egypt and Ethiopia reached a first-step agreement on the river dam on Sunday, the mediators announced.',
    ],
  ])('is one agreement: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it.each([
    [
      'the stepped one is about another subject',
      'Ministers welcome dam talks\nNegotiators reached an agreement on the river dam in Nairobi on Sunday. Officials said a first-step agreement on fishing quotas would follow in six months.',
    ],
    [
      'a later step is still to come',
      'Envoy praises dam accord\nEgypt and Ethiopia reached a first-step agreement on the river dam on Sunday. Mediators said talks on a final-stage agreement would start in March.',
    ],
  ])('stays two agreements: %s', (_shape, text) => {
    expect(names(text).length).toBeGreaterThanOrEqual(2);
  });
});
