// Folds "the Peace Agreement", a title of the kind word and "peace" alone, into the article's one peace agreement:
// "the Revitalized Agreement on the Resolution of the Conflict ... the Peace Agreement". Reads clusters only.

import { slug } from '../../domain/ids.ts';
import { PEACE_DESCRIPTOR_WORDS } from '../lexicon/agreement-mention-words.ts';
import { INSTRUMENT_GENERIC_WORDS } from '../lexicon/agreement-reference-words.ts';
import {
  dominantKind,
  foldFacts,
  foldMentions,
  sidesOf,
  sidesOverlap,
  type Cluster,
  oneStanding,
} from './agreement-facts.ts';
import { kindsFit } from './resolve-known-agreements.ts';

const PEACE: ReadonlySet<string> = new Set(PEACE_DESCRIPTOR_WORDS);

const telling = (name: string): string[] =>
  slug(name)
    .split('-')
    .filter((w) => w !== '' && !INSTRUMENT_GENERIC_WORDS.has(w));

/** "the Peace Agreement", "the Peace Accord": a capitalized title with no word but "peace" beside its kind noun. */
function peaceTitle(c: Cluster): boolean {
  if (c.name === null || c.known !== null || c.statedYear !== null || c.mentions.some((m) => m.another))
    return false;
  const words = telling(c.name);
  return words.length > 0 && words.every((w) => PEACE.has(w));
}

/** An agreement whose title, a name the data know it by, or its description says "peace". */
function peaceInstrument(c: Cluster): boolean {
  const names = [c.name, c.descriptor, c.known?.name, ...(c.known?.aliases ?? [])];
  return names.some((n) => n !== null && n !== undefined && telling(n).some((w) => PEACE.has(w)));
}

/**
 * "... to respect the Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan ... to
 * comply with the letter and spirit of the Peace Agreement", "signed a peace agreement in Washington ... The Peace
 * Agreement entered into force upon signature": a title that says only "peace" is the article's one other peace
 * agreement of a fitting kind, sides and standing. With two such, or none, it stays as it is.
 */
export function joinPeaceTitles(clusters: readonly Cluster[]): Cluster[] {
  const titles = clusters.filter(peaceTitle);
  if (titles.length === 0) return [...clusters];
  const folded = new Set<Cluster>();
  for (const title of titles) {
    const kind = dominantKind(title);
    const targets = clusters.filter(
      (c) =>
        c !== title &&
        !folded.has(c) &&
        !peaceTitle(c) &&
        !c.mentions.some((m) => m.listed) &&
        oneStanding(c, title) &&
        kindsFit(kind, c.known?.kind ?? dominantKind(c)) &&
        sidesOverlap(title.parties, sidesOf(c)) &&
        peaceInstrument(c),
    );
    const [target] = targets;
    if (!target || new Set(targets.map((c) => c.known ?? c)).size > 1) continue;
    folded.add(title);
    target.aliases.add(title.name ?? '');
    foldMentions(target, title);
    foldFacts(target, title);
  }
  return clusters.filter((c) => !folded.has(c));
}
