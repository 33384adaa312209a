// When a statement reaches several agreements, the ones its own words name or echo are what it is about: not one
// the sentence before also names, nor a joint statement its attribution ("the statement said") seems to point at.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Names of the agreements the statement whose words begin with `opening` is about, sorted. */
function aboutAgreements(text: string, opening: string): string[] {
  const result = extract(text, { publishedAt: '2025-03-04' });
  const statement = result.statements.find((s) => (s.quote ?? s.text).startsWith(opening));
  expect(statement, `a statement opening "${opening}"`).toBeDefined();
  return result.agreements
    .filter((a) => statement?.about.includes(a.id))
    .map((a) => a.name)
    .sort();
}

const SAFEGUARDS =
  'Iran says it stays in NPT\n\nIran remains a party to the Nuclear Non-Proliferation Treaty (NPT) and keeps to its safeguards agreement with the UN nuclear watchdog, spokesman Esmaeil Baghaei said on Tuesday.\n\n';

const JOINT_STATEMENT =
  'UN chief welcomes Syria vote\n\nThe United States and Russia issued a joint statement on Monday on a cessation of hostilities in Syria.\n\nOn Friday the Security Council adopted a resolution that endorses it.\n\n';

describe('a statement whose own words pick among the agreements in reach', () => {
  it('a quote that echoes one agreement of the sentence before ("these safeguards duties") is about that one', () => {
    const about = aboutAgreements(
      `${SAFEGUARDS}"In meeting these safeguards duties, we keep talking with the watchdog," Baghaei said.`,
      'In meeting these safeguards duties',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/safeguards/i);
  });

  it('a quote that echoes none keeps every agreement of the sentence before', () => {
    expect(
      aboutAgreements(
        `${SAFEGUARDS}"We have nothing to hide and we will keep our word," Baghaei said.`,
        'We have nothing to hide',
      ),
    ).toHaveLength(2);
  });

  it('"the statement said" after a press statement names no joint statement when the words name a resolution', () => {
    const about = aboutAgreements(
      `${JOINT_STATEMENT}UN Secretary-General Ban Ki-moon welcomed the vote, a statement issued by his spokesman said.\n\n"What counts now is that the resolution changes things on the ground," the statement said.`,
      'What counts now is that the resolution',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/resolution/i);
  });
});
