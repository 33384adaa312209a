// Names coordinated with a person ("Vucic and Albin Kurti", "X of Senegal and Y of Togo") are people too.

import { pluralTitleHead, type Context } from './person-context.ts';
import { nameParts } from './person-name-forms.ts';
import type { Candidate } from './person-candidate.ts';

/** "and Finnish President Sauli Niinisto": the first word after the title words that open a name at index. */
function titledFrom(ctx: Context, index: number): number {
  let at = index;
  for (; at < index + 4; at++) {
    const word = ctx.words[at];
    const country = ctx.mentions[ctx.cover[at] ?? -1]?.kind === 'country';
    if (
      !word ||
      !(country || ctx.lexicon.titleHeads.has(word.lower) || ctx.lexicon.titleModifiers.has(word.lower))
    )
      break;
  }
  return at;
}

/** "X of Senegal": the last word of the "of <country>" after word `last`, or `last` when none follows. */
function ofCountryEnd(ctx: Context, last: number): number {
  const { words, mentions, cover } = ctx;
  if (words[last + 1]?.lower !== 'of' || words[last + 1]?.gap !== ' ') return last;
  const country = mentions[cover[last + 2] ?? -1];
  if (country?.kind !== 'country' || country.start !== words[last + 2]?.start) return last;
  let end = last + 2;
  while ((words[end + 1]?.end ?? Infinity) <= country.end) end++;
  return end;
}

/** The word before the "of <country>" that ends at word `index`, or `index` itself when no such phrase ends there. */
function countryOfStart(ctx: Context, index: number): number {
  const { words, mentions, cover } = ctx;
  const country = mentions[cover[index] ?? -1];
  if (country?.kind !== 'country' || country.end !== words[index]?.end) return index;
  let start = index;
  while (start > 0 && (words[start - 1]?.end ?? 0) > country.start) start--;
  return words[start - 1]?.lower === 'of' ? start - 2 : index;
}

/**
 * "the meeting between Serbian President Aleksandar Vucic and Albin Kurti", "Pope John Paul II and Cardinal Antonio
 * Samore": a full name (two name words or more) coordinated by "and" with a person is a person too. A run that
 * holds a person's name ("Cristina Fernandez de Kirchner" after "Fernandez de Kirchner" was found) counts as one.
 */
export function promoteCoordinated(ctx: Context, candidates: readonly Candidate[]): Candidate[] {
  const out = candidates.map((c) => ({ ...c }));
  const found = out.filter((c) => !c.plain).map((c) => nameParts(c.name));
  const holdsPerson = (c: Candidate): boolean =>
    !c.plain || found.some((parts) => parts.every((part) => nameParts(c.name).includes(part)));
  const isPersonAt = (index: number): boolean => {
    // "Pope John Paul II and ...": a regnal number closes the name before the "and".
    const at = /^[IVX]+$/.test(ctx.words[index]?.text ?? '') ? index - 1 : index;
    const mention = ctx.mentions[ctx.cover[at] ?? -1];
    if (mention?.kind === 'person') return true;
    return out.some((c) => c.first <= at && at <= c.last && holdsPerson(c));
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const c of out) {
      if (!c.plain || c.last === c.first) continue;
      // "Presidents X of Senegal and Y of Togo", "Felix Tshisekedi of DR Congo, Cyril Ramaphosa of South Africa":
      // names each followed by their country are coordinated across it, by "and" or by a comma.
      const last = ofCountryEnd(ctx, c.last);
      const before = ctx.words[c.first - 1];
      const after = ctx.words[last + 1];
      const ownCountry = last > c.last;
      const previous = countryOfStart(ctx, c.first - (before?.lower === 'and' ? 2 : 1));
      const joinedBefore =
        (before?.lower === 'and' && before.gap === ' ' && isPersonAt(previous)) ||
        (ownCountry &&
          previous !== c.first - 1 &&
          /^,? $/.test(ctx.words[c.first]?.gap ?? '') &&
          (before?.lower === 'and' || ctx.words[c.first]?.gap === ', ') &&
          isPersonAt(previous));
      const coordinated = after?.lower === 'and' || (ownCountry && after?.gap === ', ');
      // "Presidents X of Senegal and Y of Togo": a plural title before the first of coordinated names.
      const titled = before?.gap === ' ' && pluralTitleHead(before.lower, ctx.lexicon) && before.cap;
      const joinedAfter =
        coordinated && (titled || isPersonAt(titledFrom(ctx, after?.lower === 'and' ? last + 2 : last + 1)));
      if (!joinedBefore && !joinedAfter) continue;
      c.plain = false;
      changed = true;
      // "Presidents Michelle Bachelet and ...": a plural title shared by the coordinated names is not a name word.
      const first = ctx.words[c.first];
      if (first && c.last - c.first >= 2 && ctx.lexicon.titleHeads.has(first.lower.replace(/s$/, ''))) {
        c.first++;
        c.name = ctx.text.slice(ctx.words[c.first]?.start ?? 0, ctx.words[c.last]?.end ?? 0);
      }
    }
  }
  return out;
}
