// The loop four cluster joins share: each candidate folds into the one target it fits, unless two could be it.
import { describe, expect, it } from 'vitest';
import { newCluster, type Cluster } from '../../../src/extract/agreements/agreement-facts.ts';
import type { RawAgreement } from '../../../src/extract/agreements/agreement-mentions.ts';
import { foldIntoOnlyFit } from '../../../src/extract/agreements/fold-into-only-fit.ts';

/** A cluster of one invented mention at `start`, with the given parties and fields. */
function cluster(start: number, descriptor: string, fields: Partial<Cluster> = {}): Cluster {
  const mention = {
    start,
    end: start + descriptor.length,
    sentence: start,
    word: start,
    kind: 'agreement',
    name: null,
    descriptor,
    relationship: false,
    definite: false,
    another: false,
    surface: descriptor,
    partyPhrase: null,
    parties: fields.parties ?? [],
    known: null,
  } satisfies RawAgreement;
  return { ...newCluster(mention), mentions: [mention], ...fields };
}

/** Fits a target whose descriptor starts with the candidate's: each telling fits itself too. */
const narrowedBy = (candidate: Cluster, target: Cluster): boolean =>
  (target.descriptor ?? '').startsWith(candidate.descriptor ?? '');

describe('foldIntoOnlyFit', () => {
  it('folds a candidate into the one target it fits, with its mentions and facts', () => {
    const short = cluster(0, 'river deal', { signedOn: '2031-04-02' });
    const full = cluster(50, 'river deal on fishing');
    const other = cluster(90, 'port deal');
    const folded = foldIntoOnlyFit([short], [full, other], narrowedBy);
    expect([...folded]).toEqual([short]);
    expect(full.mentions.map((m) => m.start)).toEqual([0, 50]);
    expect(full.signedOn).toBe('2031-04-02');
    expect(other.mentions).toHaveLength(1);
  });

  it('leaves a candidate that fits two targets apart', () => {
    const short = cluster(0, 'river deal');
    const folded = foldIntoOnlyFit(
      [short],
      [cluster(50, 'river deal on fishing'), cluster(90, 'river deal on dams')],
      narrowedBy,
    );
    expect(folded.size).toBe(0);
  });

  it('leaves a target two candidates fit alone, unless several may be the one target', () => {
    const candidates = () => [cluster(0, 'river deal'), cluster(20, 'river deal on')];
    expect(foldIntoOnlyFit(candidates(), [cluster(50, 'river deal on fishing')], narrowedBy).size).toBe(0);
    const full = cluster(50, 'river deal on fishing');
    const both = foldIntoOnlyFit(candidates(), [full], narrowedBy, { soleCandidate: false });
    expect(both.size).toBe(2);
    expect(full.mentions.map((m) => m.start)).toEqual([0, 20, 50]);
  });

  it('gives the target the candidate parties it lacks only when asked to', () => {
    const target = () => cluster(50, 'river deal on fishing', { parties: ['AAA'] });
    const kept = target();
    foldIntoOnlyFit([cluster(0, 'river deal', { parties: ['BBB', 'AAA'] })], [kept], narrowedBy);
    expect(kept.parties).toEqual(['AAA']);
    const joined = target();
    foldIntoOnlyFit([cluster(0, 'river deal', { parties: ['BBB', 'AAA'] })], [joined], narrowedBy, {
      withParties: true,
    });
    expect(joined.parties).toEqual(['AAA', 'BBB']);
  });

  it('folds a telling into neither itself nor one already folded when candidates are targets too', () => {
    const short = cluster(0, 'river deal');
    const middle = cluster(20, 'river deal on');
    const full = cluster(50, 'river deal on fishing');
    const all = [middle, short, full];
    // "river deal on" folds into the full one first; "river deal" then has only the full one left to fit.
    const folded = foldIntoOnlyFit(all, all, narrowedBy, { soleCandidate: false });
    expect([...folded]).toEqual([middle, short]);
    expect(full.mentions.map((m) => m.start)).toEqual([0, 20, 50]);
  });
});
