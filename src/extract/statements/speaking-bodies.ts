// Names the government bodies that speak in lower case ("the Kazakh leader's press service", "China's embassy in
// Manila", "the Foreign Affairs department", "the Sudanese army", "Somalia's cabinet") as organizations, and links "the
// embassy"/"the army" back to them.

import { organizationId } from '../../domain/ids.ts';
import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { phraseEnds } from '../lexicon/phrase-ends.ts';
import type { Gazetteer } from '../lexicon/build-gazetteer.ts';
import { articlePosAt } from '../events/event-modality.ts';
import { coverWords, mergeMentions, startingIn } from '../mention-index.ts';
import { cloneEntities, ensureOrganization } from '../entities/registry.ts';
import type { EntityMention, ExtractState, OrgEntity, Resources, Word } from '../types.ts';

/** How far back "the agency" looks for the body it means. */
const BACK_REFERENCE_SENTENCES = 6;

interface Body {
  first: number;
  last: number;
  id: string;
}

/**
 * The head noun ending at word k ("press service" ends at "service"), as its lexicon key. `twoWordEnds` is
 * phraseEnds(lexicon.bodyHeads), read once by the caller: this runs for every word of an article.
 */
function headAt(
  words: readonly Word[],
  k: number,
  lexicon: Lexicon,
  twoWordEnds: ReadonlySet<string>,
): { key: string; first: number } | null {
  const word = words[k];
  if (!word || word.cap) return null;
  if (twoWordEnds.has(word.lower)) {
    const two = `${words[k - 1]?.lower ?? ''} ${word.lower}`;
    if (lexicon.bodyHeads.has(two) && words[k]?.gap === ' ') return { key: two, first: k - 1 };
  }
  return lexicon.bodyHeads.has(word.lower) ? { key: word.lower, first: k } : null;
}

function countryMentionEndingAt(mentions: readonly EntityMention[], word: Word): EntityMention | undefined {
  return startingIn(mentions, word.start - 60, word.end).find(
    (m) => m.kind === 'country' && m.end === word.end,
  );
}

/** The demonym for a country mention: the text's own when it wrote one ("Kazakh"), else the usual one. */
function demonymOf(state: ExtractState, mention: EntityMention, gazetteer: Gazetteer): string | null {
  if (mention.via === 'demonym') return state.text.slice(mention.start, mention.end);
  return gazetteer.countries.get(mention.id)?.demonyms[0] ?? null;
}

/** The organization an article named as a country's army ("Sudanese Armed Forces"), if any. */
function namedArmy(country: string, resources: Resources, orgs: Map<string, OrgEntity>): string | undefined {
  const demonyms = resources.gazetteer.countries.get(country)?.demonyms ?? [];
  for (const demonym of demonyms) {
    for (const army of resources.lexicon.armedForcesNames) {
      const id = organizationId(`${demonym} ${army}`);
      if (orgs.has(id)) return id;
    }
  }
  return undefined;
}

/**
 * Whether a country's body head at word k only modifies the noun after it ("the army chief", "a military campaign",
 * "the cabinet meeting"): then it names no body that speaks.
 */
function modifiesNoun(words: readonly Word[], k: number, posAt: (i: number) => string): boolean {
  const after = words[k + 1];
  if (!after || after.gap !== ' ' || after.cap || after.sentence !== words[k]?.sentence) return false;
  const tag = posAt(k + 1);
  return tag === 'NOUN' || tag === 'PROPN';
}

/** Most words between a country's body and the verb that has it speak: "the Lebanese army on Wednesday said". */
const BODY_VERB_WINDOW = 4;

/** Whether a speech or stance verb follows word k closely in its sentence: the body there speaks. */
function speaksAfter(words: readonly Word[], k: number, lexicon: Lexicon): boolean {
  const sentence = words[k]?.sentence;
  for (let j = k + 1; j <= k + BODY_VERB_WINDOW; j++) {
    const word = words[j];
    if (!word || word.sentence !== sentence) return false;
    if (lexicon.speechVerbs.has(word.lower) || lexicon.stance.has(word.lower)) return true;
  }
  return false;
}

/** Reads one body around its head: owner and country before it, "of the X president" or "in <city>" after it. */
function readBody(
  state: ExtractState,
  k: number,
  head: { key: string; first: number },
  resources: Resources,
  orgs: Map<string, OrgEntity>,
): { body: Body; name: string; alias: string; country: string | null } | null {
  const { words, mentions } = state;
  const { lexicon, gazetteer } = resources;
  let first = head.first;
  let owner: string | null = null;
  let country: EntityMention | undefined;
  const portfolio: string[] = [];
  for (let j = head.first - 1; j >= 0 && head.first - j <= 4; j--) {
    const word = words[j] as Word;
    const next = words[j + 1] as Word;
    if (next.gap !== ' ' && !/^['’]s $/.test(next.gap)) break;
    const ownerWord = lexicon.bodyOwners.get(word.lower);
    const asCountry = countryMentionEndingAt(mentions, word);
    // "the Kremlin's press service": a seat of government says both whose service it is and which country's.
    if (ownerWord && !owner) {
      owner = ownerWord;
      if (asCountry?.via === 'seat' && !country) country = asCountry;
    } else if (asCountry && !country) {
      country = asCountry;
      while (j > 0 && (words[j - 1]?.end ?? 0) > asCountry.start) j--;
    } else if (word.cap && !country && !owner && head.key === 'department') portfolio.unshift(word.text);
    else break;
    first = j;
  }
  let last = head.first + head.key.split(' ').length - 1;
  // "the press service of the Belarusian president", "the press service of the Foreign Ministry".
  if (words[last + 1]?.lower === 'of' && words[last + 2]?.lower === 'the') {
    const after = startingIn(mentions, words[last + 2]?.end ?? 0, (words[last + 2]?.end ?? 0) + 2)[0];
    if (after?.kind === 'org' && orgs.has(after.id) && head.key !== 'department') {
      return { body: { first, last, id: after.id }, name: '', alias: '', country: null };
    }
    let j = last + 3;
    if (after?.kind === 'country') {
      country = after;
      // "the press service of the Kremlin": a seat of government is the owner as well.
      const seatOwner = after.via === 'seat' ? lexicon.bodyOwners.get(words[j]?.lower ?? '') : undefined;
      while ((words[j]?.start ?? Infinity) < after.end) j++;
      if (seatOwner) {
        owner = seatOwner;
        last = j - 1;
      }
    }
    const ownerWord = lexicon.bodyOwners.get(words[j]?.lower ?? '');
    if (ownerWord && !owner) {
      owner = ownerWord;
      last = j;
      // "the press service of the President of Kyrgyzstan": the country after the owner says whose it is.
      const of = words[j + 1]?.lower === 'of' ? words[j + 1] : undefined;
      const owning = of && !country ? startingIn(mentions, of.end, of.end + 2)[0] : undefined;
      if (owning?.kind === 'country' && owning.via !== 'capital') {
        country = owning;
        last = j + 2;
        while ((words[last + 1]?.start ?? Infinity) < owning.end) last++;
      }
    }
  }
  let city: string | null = null;
  if (words[last + 1]?.lower === 'in') {
    const place = startingIn(mentions, words[last + 1]?.end ?? 0, (words[last + 1]?.end ?? 0) + 2)[0];
    if (place && (place.kind === 'place' || place.via === 'capital')) {
      city = state.text.slice(place.start, place.end);
      while ((words[last + 1]?.start ?? Infinity) < place.end) last++;
    }
  }
  const demonym = country ? demonymOf(state, country, gazetteer) : null;
  const headName = lexicon.bodyHeads.get(head.key) ?? head.key;
  let name: string;
  if (head.key === 'department') {
    if (portfolio.length === 0) return null;
    name = `Department of ${portfolio.join(' ')}`;
  } else if (lexicon.nationalBodyHeads.has(head.key)) {
    if (!demonym || owner || !country) return null;
    // "The Sudanese army said" after "the Sudanese Armed Forces": the army the article named.
    const named = head.key === 'cabinet' ? undefined : namedArmy(country.id, resources, orgs);
    if (named) return { body: { first, last, id: named }, name: '', alias: '', country: null };
    name = `${demonym} ${headName}`;
  } else if (head.key === 'embassy' || head.key === 'consulate') {
    if (!demonym) return null;
    name = `${demonym} ${headName}${city ? ` in ${city}` : ''}`;
  } else {
    if (!demonym) return null;
    name = `${demonym} ${owner ?? 'government'} ${headName}`;
  }
  const firstWord = words[first] as Word;
  const lastWord = words[last] as Word;
  const alias = state.text.slice(firstWord.start, lastWord.end).replace(/^the /i, '');
  return { body: { first, last, id: organizationId(name) }, name, alias, country: country?.id ?? null };
}

/** "Chinese embassy" in a headline and "China's embassy in Manila" in the text are one body: the one with a city. */
function mergeCitylessBodies(
  organizations: Map<string, OrgEntity>,
  created: ReadonlySet<string>,
  added: EntityMention[],
): void {
  for (const id of created) {
    const name = organizations.get(id)?.name ?? '';
    const fuller = [...created].filter((other) => organizations.get(other)?.name.startsWith(`${name} in `));
    if (fuller.length !== 1 || !fuller[0]) continue;
    const into = fuller[0];
    for (const mention of added) if (mention.id === id) mention.id = into;
    organizations.get(into)?.aliases.add(name);
    organizations.delete(id);
  }
}

export function resolveSpeakingBodies(state: ExtractState, resources: Resources): ExtractState {
  const { words } = state;
  const { lexicon } = resources;
  const cover = coverWords(words, state.mentions);
  const entities = cloneEntities(state);
  const added: EntityMention[] = [];
  const bodies: { id: string; head: string; sentence: number }[] = [];
  const created = new Set<string>();
  const posAt = articlePosAt(state, resources);
  const twoWordEnds = phraseEnds(lexicon.bodyHeads);
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word;
    if (cover[k] !== -1 || state.sentences[word.sentence]?.ignored) continue;
    const head = headAt(words, k, lexicon, twoWordEnds);
    const previous = words[(head?.first ?? k) - 1];
    const bare = previous?.lower === 'the' && lexicon.bodyBackReferences.has(head?.key ?? word.lower);
    const read = head ? readBody(state, k, head, resources, entities.organizations) : null;
    // Neither a body nor a back reference: nothing to ask of the word after it ("its own military drills"), whose
    // part of speech would tag the sentence.
    if (!read && !bare) continue;
    if (head && lexicon.nationalBodyHeads.has(head.key) && modifiesNoun(words, k, posAt)) continue;
    // A body needs a word that says whose it is; a bare "the press service" is a back reference.
    const qualified =
      read !== null && (read.name === '' || read.body.first < (head?.first ?? k) || read.body.last > k);
    // A country's army or cabinet is named as a body once it speaks ("the Lebanese army on Wednesday said"); before
    // that it only acts, as its country.
    const national =
      head !== null && lexicon.nationalBodyHeads.has(head.key) && read !== null && read.name !== '';
    if (national && !entities.organizations.has(read.body.id) && !speaksAfter(words, k, lexicon)) continue;
    if (read && qualified) {
      if (read.name !== '' && !entities.organizations.has(read.body.id)) created.add(read.body.id);
      if (read.name !== '')
        ensureOrganization(entities.organizations, read.body.id, {
          name: read.name,
          aliases: read.alias !== read.name ? [read.alias] : [],
          kind: 'ministry',
          country: read.country,
        });
      bodies.push({ id: read.body.id, head: head?.key ?? '', sentence: word.sentence });
      const firstWord = words[read.body.first] as Word;
      const lastWord = words[read.body.last] as Word;
      added.push({
        kind: 'org',
        id: read.body.id,
        start: firstWord.start,
        end: lastWord.end,
        sentence: word.sentence,
        via: 'reference',
      });
      k = read.body.last;
      continue;
    }
    if (!bare) continue;
    // "the embassy" is the embassy named before; "the agency" any body named before.
    const key = head?.key ?? word.lower;
    const target = bodies.findLast(
      (b) => word.sentence - b.sentence <= BACK_REFERENCE_SENTENCES && (key === 'agency' || b.head === key),
    );
    if (!target) continue;
    const firstWord = words[head?.first ?? k] as Word;
    added.push({
      kind: 'org',
      id: target.id,
      start: firstWord.start,
      end: word.end,
      sentence: word.sentence,
      via: 'reference',
    });
    target.sentence = word.sentence;
  }
  mergeCitylessBodies(entities.organizations, created, added);
  return { ...state, ...entities, mentions: mergeMentions(state.mentions, added) };
}
