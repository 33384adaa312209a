// Links references to ministries ("the foreign ministry said", "The Ministry said", "North Korea's foreign
// ministry", "a ministry official") to an organization: the ministry named before, else the country's by that name.

import {
  BACK_REFERENCE_ORG_HEADS,
  COUNTRY_NOUN_WORDS,
  MINISTRY_ACRONYMS,
  MINISTRY_PORTFOLIOS,
  OFFICE_MINISTRY_PORTFOLIOS,
  PEACE_OPERATION_NAME_WORDS,
} from '../lexicon/entity-words.ts';
import { organizationId } from '../../domain/ids.ts';
import { countryAfterMinistry, countryBefore, longestMatch } from './match-gazetteer.ts';
import { coverWords, mergeMentions, wordMention } from '../mention-index.ts';
import { ensureOrganization } from './registry.ts';
import { articleGovernment, bareCabinet, cabinetOrganization } from './cabinet-references.ts';
import { datelineCountry } from '../text/datelines.ts';
import { recentSpeakingCountry, speakingCountry } from './speaking-country.ts';
import type { EntityMention, ExtractState, Resources, Word } from '../types.ts';

const PORTFOLIOS: ReadonlySet<string> = new Set(MINISTRY_PORTFOLIOS);
const BACK_HEADS: ReadonlySet<string> = new Set(BACK_REFERENCE_ORG_HEADS);
const OFFICE_PORTFOLIOS: ReadonlySet<string> = new Set(OFFICE_MINISTRY_PORTFOLIOS);
const COUNTRY_NOUNS: ReadonlySet<string> = new Set(COUNTRY_NOUN_WORDS);
const POSSESSIVE_GAP = /^['’]s $/;
const PEACE_OPERATION = new RegExp(`\\b(?:${PEACE_OPERATION_NAME_WORDS.join('|')})\\b`);
/** A Map, not the record: looked up for every word, and a record must intern each fresh word string to answer. */
const ACRONYM_PORTFOLIOS: ReadonlyMap<string, string> = new Map(Object.entries(MINISTRY_ACRONYMS));
const titleCase = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * "The Ministry said ...", "The Ministry also expressed the hope": a capitalised "Ministry" right after "the", with
 * no name of its own after it (a named one, "the Ministry of Foreign Affairs", is an organization already), refers
 * back as the lower-case word does.
 */
function bareMinistry(words: readonly Word[], k: number): boolean {
  const after = words[k + 1];
  return (
    words[k - 1]?.lower === 'the' &&
    (words[k] as Word).gap === ' ' &&
    (!after || after.gap !== ' ' || (!after.cap && after.lower !== 'of'))
  );
}

/**
 * "the foreign office said", "The Foreign Office in an official statement": "office" right after a portfolio that
 * makes it a ministry, with no name or title of its own after it ("Foreign Office Spokesperson X" is a person's).
 */
function ministryOffice(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  const after = words[k + 1];
  return (
    before !== undefined &&
    OFFICE_PORTFOLIOS.has(before.lower) &&
    (words[k] as Word).gap === ' ' &&
    (!after || after.gap !== ' ' || (!after.cap && after.lower !== 'of'))
  );
}

/** "The council praised", "Additionally, the council also": "the" opens its sentence or clause, a word follows. */
function clauseSubject(words: readonly Word[], k: number): boolean {
  const the = words[k - 1] as Word;
  const after = words[k + 1];
  return (
    (words[k - 2]?.sentence !== the.sentence || the.gap.includes(',')) &&
    (words[k] as Word).gap === ' ' &&
    after?.gap === ' ' &&
    !after.cap
  );
}

export function resolveOrgReferences(state: ExtractState, resources: Resources): ExtractState {
  const { words } = state;
  const { gazetteer } = resources;
  const cover = coverWords(words, state.mentions);
  // Only organizations are added here: the other entity maps pass on as they are, uncopied.
  const entities = { organizations: new Map(state.organizations) };
  const added: EntityMention[] = [];
  let fallbackCountry: string | null | undefined;
  let government: string | null | undefined;
  const governmentOnce = (): string | null =>
    government === undefined
      ? (government = articleGovernment(
          state,
          entities,
          gazetteer,
          (fallbackCountry ??= datelineCountry(state.text, gazetteer)),
        ))
      : government;
  let lastMinistry: string | null = null;
  /** The body a bare back-reference head points to: the first named with it ("council" -> the GCC). */
  const lastHead = new Map<string, string>();
  let m = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word;
    // Track the last ministry named so far, so "the ministry" can point back to it.
    while (m < state.mentions.length && (state.mentions[m]?.start ?? Infinity) < word.start) {
      const mention = state.mentions[m];
      const org = mention?.kind === 'org' ? entities.organizations.get(mention.id) : undefined;
      if (org && /\bMinistry\b/.test(org.name)) lastMinistry = org.id;
      // The name's head word: its last before any "of" tail ("Authority of Heads of State and Government").
      const head = org
        ? /(\S+)(?: of .*)?$/.exec(state.text.slice(mention?.start, mention?.end))?.[1]?.toLowerCase()
        : undefined;
      if (org && head && BACK_HEADS.has(head) && !lastHead.has(head)) lastHead.set(head, org.id);
      // "The mission said ..." after "the United Nations Support Mission in Libya": a UN or AU operation of no
      // country, not a country's permanent mission to the UN.
      if (
        org?.kind === 'intergovernmental' &&
        !org.country &&
        !lastHead.has('mission') &&
        PEACE_OPERATION.test(org.name)
      )
        lastHead.set('mission', org.id);
      m++;
    }
    if (cover[k] !== -1 || state.sentences[word.sentence]?.ignored) continue;
    // "the Kazakh MFA", "Pakistan MoFA", "the MFA of Azerbaijan": a ministry's acronym with its country.
    // The acronyms are capitalized: a lower-case word skips the lookup.
    const acronymPortfolio = word.cap ? ACRONYM_PORTFOLIOS.get(word.text) : undefined;
    if (acronymPortfolio) {
      const after = words[k + 1]?.lower === 'of' ? longestMatch(words, k + 2, gazetteer) : null;
      const owner =
        countryBefore(words, k, gazetteer) ?? (after?.entry.kind === 'country' ? after.entry.id : null);
      const demonyms = owner ? gazetteer.countries.get(owner)?.demonyms : undefined;
      // The text's own demonym when it wrote one ("Kazakh", not "Kazakhstani").
      const written = words[k - 1]?.text ?? '';
      const demonym = demonyms?.includes(written) ? written : demonyms?.[0];
      if (!owner || !demonym) continue;
      const name = `${demonym} ${acronymPortfolio} Ministry`;
      const id = organizationId(name);
      ensureOrganization(entities.organizations, id, { name, kind: 'ministry', country: owner }).aliases.add(
        word.text,
      );
      lastMinistry = id;
      added.push(wordMention(word, 'org', id, 'alias'));
      continue;
    }
    // "The council praised ...", "Additionally, the Council stressed": a bare head after "the" opening a sentence or
    // clause, a lower-case word after it, is the body first named with that head.
    const backed =
      words[k - 1]?.lower === 'the' && (BACK_HEADS.has(word.lower) || word.lower === 'mission')
        ? lastHead.get(word.lower)
        : undefined;
    if (backed && clauseSubject(words, k)) {
      added.push(wordMention(word, 'org', backed, 'alias'));
      continue;
    }
    // "The Cabinet stressed ...", "chaired the Cabinet's session": the article's government's cabinet.
    if (word.lower === 'cabinet' && bareCabinet(words, k, resources.lexicon)) {
      const id = cabinetOrganization(words, k, gazetteer, entities, governmentOnce);
      added.push(wordMention(word, 'org', id, 'alias'));
      continue;
    }
    const office = word.lower === 'office' && ministryOffice(words, k);
    if ((word.lower !== 'ministry' && !office) || (word.cap && !office && !bareMinistry(words, k))) continue;
    let first = k;
    while (first > 0 && PORTFOLIOS.has(words[first - 1]?.lower ?? '') && words[first]?.gap === ' ') first--;
    const portfolio = words.slice(first, k).map((w) => titleCase(w.lower));
    // "the foreign ministry of South Sudan", "the foreign ministry in Juba": the country after it says whose.
    const placed = countryBefore(words, first, gazetteer) ? null : countryAfterMinistry(words, k, gazetteer);
    const country = placed?.id ?? countryBefore(words, first, gazetteer);
    const last = placed?.last ?? k;
    // "the country's foreign ministry said": the owner word belongs to the ministry's name, where a speaker stands.
    if (
      !country &&
      COUNTRY_NOUNS.has(words[first - 1]?.lower ?? '') &&
      POSSESSIVE_GAP.test(words[first]?.gap ?? '')
    )
      first--;
    let id: string | null = null;
    // "Kuwait's ministry welcomed it. Bahrain also welcomed it. The Ministry said ...": a sentence right before
    // whose subject is another country makes the ministry that country's.
    const lastCountry = lastMinistry ? entities.organizations.get(lastMinistry)?.country : null;
    const turned =
      !country && portfolio.length === 0 && lastCountry
        ? speakingCountry(state, word.sentence - 1, resources)
        : null;
    if (!country && lastMinistry && portfolio.length === 0 && (!turned || turned === lastCountry))
      id = lastMinistry;
    else {
      fallbackCountry ??= datelineCountry(state.text, gazetteer);
      const spoke = !country && !lastMinistry ? recentSpeakingCountry(state, word.sentence, resources) : null;
      const owner = country ?? turned ?? spoke ?? fallbackCountry;
      const demonym = owner ? gazetteer.countries.get(owner)?.demonyms[0] : undefined;
      if (!demonym) continue;
      const head = office ? 'Office' : 'Ministry';
      const name = [demonym, ...(portfolio.length > 0 ? portfolio : ['Foreign']), head].join(' ');
      id = organizationId(name);
      const org = ensureOrganization(entities.organizations, id, { name, kind: 'ministry', country: owner });
      // The bare "Foreign Office" it goes by, as "Foreign Ministry" is not: the text names it that way alone.
      if (office) org.aliases.add([...portfolio, head].join(' '));
    }
    lastMinistry = id;
    const firstWord = words[first] as Word;
    added.push({
      kind: 'org',
      id,
      start: firstWord.start,
      end: (words[last] as Word).end,
      sentence: word.sentence,
      via: 'alias',
    });
  }
  return { ...state, ...entities, mentions: mergeMentions(state.mentions, added) };
}
