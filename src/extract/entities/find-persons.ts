// Finds people, known or never seen: a capitalized name with a title before it, an apposition after it, an
// honorific, or a speech verb next to it. Names of one real person are merged under the fullest name's id.

import { personId } from '../../domain/ids.ts';
import { coverWords, mergeMentions, wordIndexAt } from '../mention-index.ts';
import {
  addressLead,
  agentBefore,
  apposedToRole,
  apposedSpeaker,
  appositionAfter,
  roleSubjectAfter,
  bodyAfterTitle,
  speechNextToWord,
  quoteAttributionWord,
  stackedTitleBefore,
  styleLettersEnd,
  honorificBefore,
  isNameWord,
  lastTokensStart,
  nameTokens,
  speechNextTo,
  titleBefore,
  type Context,
  type TitleFacts,
} from './person-context.ts';
import { ensurePerson } from './registry.ts';
import {
  FACILITY_HEADS,
  MONARCH_TITLES,
  PATRONYMIC_PARTICLES,
  SOCIAL_PLATFORMS,
} from '../lexicon/word-lists.ts';
import { NATURAL_FEATURE_WORDS } from '../lexicon/places.ts';
import { AGREEMENT_WORDS } from '../lexicon/event-words.ts';
import type { EntityMention, ExtractState, PersonEntity, Resources, Word } from '../types.ts';
import { foldName, nameParts, knownSpelling, withoutEditorialBracket } from './person-name-forms.ts';
import {
  spellingVariantOfRun,
  runEnds,
  surnameMonth,
  speakingMonth,
  givenNameMonth,
  givenNameAt,
  titleInitialsAt,
  honorificInName,
  verbAfterParticle,
  countryGivenNames,
} from './name-run-words.ts';
import type { Candidate } from './person-candidate.ts';
import { promoteCoordinated } from './coordinated-persons.ts';
import { clusterFor, vowelVariant, middleNamed, givenNamesBefore, completeNames } from './person-clusters.ts';
import { titleCaseHeadlineEnd, inBody } from './title-case-headline.ts';

const MAX_NAME_WORDS = 6;
/** "de la", "von der", "van den": particles that stack before a family name. */
const MAX_PARTICLES_IN_A_ROW = 2;
const NATURAL_FEATURES: ReadonlySet<string> = new Set(NATURAL_FEATURE_WORDS);

/**
 * The title of the name from first to last: the one before it, or the apposition after it. "Sheikh Mansour bin
 * Zayed, UAE Vice President," is a royal honorific before the name and the office after it: the office wins.
 */
function titleOf(ctx: Context, first: number, last: number): TitleFacts | null {
  const lead = addressLead(ctx, first);
  const before = titleBefore(ctx, lead);
  if (before && !ctx.lexicon.honorificTitleHeads.has(before.title.toLowerCase())) return before;
  const office = before
    ? (officeBeforeStyle(ctx, lead - 1, last) ?? officeBeforeComma(ctx, lead - 1, last))
    : null;
  return office ?? appositionAfter(ctx, last) ?? before;
}

/**
 * "The Minister of Foreign Affairs, Shaikh Khalid bin Ahmed": an office with its remit set off by a comma before the
 * royal honorific at `honorific` is the title, as it would be before the name alone. Only an office that opens its
 * sentence: in "President X and the Emir of Qatar, Sheikh Y" the coordinated subject is read as it was.
 */
function officeBeforeComma(ctx: Context, honorific: number, last: number): TitleFacts | null {
  const { words } = ctx;
  if (words[honorific]?.gap !== ', ') return null;
  for (let k = honorific - 1; k >= 0 && words[k]?.sentence === words[honorific]?.sentence; k--)
    if (words[k]?.lower === 'and') return null;
  const office = stackedTitleBefore(ctx, honorific, last)?.facts ?? null;
  return office && !ctx.lexicon.honorificTitleHeads.has(office.title.toLowerCase()) ? office : null;
}

/**
 * "Foreign Minister H.H. Sheikh Abdullah bin Zayed", "Prime Minister and Minister of Foreign Affairs HE Sheikh
 * Mohammed": the office before a style of address and the royal honorific at `honorific` is the title.
 */
function officeBeforeStyle(ctx: Context, honorific: number, last: number): TitleFacts | null {
  const lead = addressLead(ctx, honorific);
  if (lead === honorific || ctx.words[lead]?.gap !== ' ') return null;
  return titleBefore(ctx, lead) ?? stackedTitleBefore(ctx, lead, last, true)?.facts ?? null;
}

/** A facility noun ("Airport", "Complex") as the word at k, after a space. */
function facilityAt(words: readonly Word[], k: number): boolean {
  return words[k]?.gap === ' ' && FACILITY_HEADS.has(words[k]?.text ?? '');
}

/** How far back an editor's "[" may open a name it closes inside ("[Ukrainian Foreign Minister Dmitry] Kuleba"). */
const MAX_WORDS_IN_EDITORIAL_BRACKET = 6;

/**
 * "President [Joseph] Kabila", "addressing [Foreign Minister Dmitry] Kuleba": an editor's bracket that opened a few
 * words back and closes right before the word at index inserts the first part of that word's name into a quote.
 */
function closesInsertedName(words: readonly Word[], index: number): boolean {
  if (words[index]?.gap !== '] ') return false;
  for (let k = index - 1; k >= 0 && k >= index - MAX_WORDS_IN_EDITORIAL_BRACKET; k--) {
    const gap = words[k]?.gap ?? '';
    if (gap.includes(']')) return false;
    if (gap.endsWith('[')) return true;
  }
  return false;
}

/** The name words first..last spell, an editor's closing bracket inside them left out ("Joseph Kabila"). */
function runName(ctx: Context, first: number, last: number): string {
  return withoutEditorialBracket(ctx.text.slice(ctx.words[first]?.start, ctx.words[last]?.end));
}

/** Words first..last as given names of the person whose mention follows them ("George W." + "Bush"). */
function givenNamesOf(ctx: Context, first: number, last: number, person: EntityMention): Candidate {
  return { first, last, name: runName(ctx, first, last), facts: null, plain: false, before: person };
}

/** Candidate names with the evidence that makes them people. */
function findCandidates(
  ctx: Context,
  ignoredSentence: (s: number) => boolean,
  givenNames: ReadonlySet<number>,
): Candidate[] {
  const { words, lexicon, cover } = ctx;
  const out: Candidate[] = [];
  // isNameWord of every word, asked once: the scan below and runEnds ask it of each word several times.
  const name = words.map((word) => isNameWord(word, lexicon));
  const ends = runEnds(ctx, name);
  for (let i = 0; i < words.length; i++) {
    let word = words[i];
    if (
      !word ||
      (cover[i] !== -1 && !givenNames.has(i)) ||
      !(
        name[i] === true ||
        // Each of these reads a capitalized word only: most words skip all four.
        (word.cap &&
          (givenNameAt(ctx, i) ||
            speakingMonth(ctx, i, ends) ||
            givenNameMonth(ctx, i) ||
            titleInitialsAt(ctx, i)))
      ) ||
      ignoredSentence(word.sentence)
    )
      continue;
    // "H. E. Evaristo Carvalho", "H E Sheikh Mohammed": letters set apart that spell a style ("HE") are its
    // abbreviation, not initials nor a name; the name starts after them.
    const style = styleLettersEnd(words, i, i + 2, lexicon.honorifics);
    if (style > i) {
      i = style - 1;
      continue;
    }
    let last = i;
    // Hyphened pieces make one name word: "Mishal Al-Ahmad Al-Jaber Al-Sabah" is four, not seven.
    while (nameTokens(words, i, last) < MAX_NAME_WORDS || words[last + 1]?.gap === '-') {
      const next = words[last + 1];
      const joined = next?.gap === ' ' || next?.gap === '-' || closesInsertedName(words, last + 1);
      if (!next || !joined || cover[last + 1] !== -1) break;
      if (
        name[last + 1] === true ||
        surnameMonth(ctx, last + 1) ||
        givenNameAt(ctx, last + 1) ||
        honorificInName(ctx, last + 1) ||
        verbAfterParticle(ctx, last + 1)
      )
        last++;
      else {
        // "Humberto de la Calle", "Ursula von der Leyen": up to two particles in a row join the name word after them.
        const after = particlesEnd(ctx, last + 1);
        if (
          after > last + 1 &&
          (name[after] === true || givenNameAt(ctx, after) || verbAfterParticle(ctx, after)) &&
          (words[after]?.gap === ' ' || words[after]?.gap === '-')
        )
          last = after;
        else break;
      }
    }
    // "Ferdinand R. Marcos Jr.", "George W. Bush": a middle initial joins the name after it; when that name is a
    // known person, the run is part of that person's mention.
    if (last > i && /^\p{Lu}$/u.test(words[last]?.text ?? '') && words[last + 1]?.gap === '. ') {
      const after = ctx.mentions[cover[last + 1] ?? -1];
      if (after?.kind === 'person' && after.start === words[last + 1]?.start) {
        out.push(givenNamesOf(ctx, i, last, after));
        i = last;
        continue;
      }
      while (
        nameTokens(words, i, last) < MAX_NAME_WORDS + 1 &&
        name[last + 1] === true &&
        cover[last + 1] === -1
      ) {
        last++;
        if (words[last + 1]?.gap !== ' ') break;
      }
    }
    // "Minister for Foreign Affairs and East African Cooperation Amb. X": capitals right before a form of address
    // that opens a name end a title's remit; they are no name.
    const form = words[last + 1];
    if (
      form?.gap === ' ' &&
      lexicon.addressForms.has(form.text) &&
      name[last + 2] === true &&
      /^\.? $/.test(words[last + 2]?.gap ?? '')
    ) {
      i = last;
      continue;
    }
    // "Deputy Minister Andriy Sybiha" where "Sybiha" is a known person: a first name spelled otherwise, not a
    // second person (the spelling may become an alias). "Mohammad Jawad Zarif" where only "Zarif" is known: given
    // names before a known surname.
    const nextMention = ctx.mentions[cover[last + 1] ?? -1];
    if (
      (last === i || nextMention?.via === 'short') &&
      (words[last + 1]?.gap === ' ' || closesInsertedName(words, last + 1)) &&
      nextMention?.kind === 'person' &&
      nextMention.start === words[last + 1]?.start
    ) {
      out.push(givenNamesOf(ctx, i, last, nextMention));
      continue;
    }
    // "K.P. Sharma Oli", "S. Jaishankar": initials before the name belong to it.
    // "H.E. Macky Sall": a style's abbreviation is no initial.
    while (
      i > 0 &&
      /^\p{Lu}(?:\.\p{Lu})*$/u.test(words[i - 1]?.text ?? '') &&
      !lexicon.honorifics.has(words[i - 1]?.text ?? '') &&
      /^\.\s?$/.test(words[i]?.gap ?? '') &&
      cover[i - 1] === -1 &&
      !ignoredSentence(words[i - 1]?.sentence ?? 0) &&
      styleLettersEnd(words, i - 2, i, lexicon.honorifics) !== i
    )
      i--;
    // "Chairman Senate Sadiq Sanjrani": the body word opening the run is the title's remit, not a name word; alone
    // ("the Chairman Senate held talks") it names no one.
    if (bodyAfterTitle(ctx, i)) {
      if (nameTokens(words, i, last) < 3) {
        i = last;
        continue;
      }
      i++;
    }
    word = words[i] as Word;
    // "Minister of State for the European Region Leo Docherty": the run's last two words are the name.
    const lead = addressLead(ctx, i);
    const stacked = lead < i ? stackedTitleBefore(ctx, lead, last, true) : stackedTitleBefore(ctx, i, last);
    if (stacked && nameTokens(words, i, last) >= 3 && stacked.inRun) {
      i = lastTokensStart(words, last, 2);
      word = words[i] as Word;
    }
    const facts = stacked?.facts ?? titleOf(ctx, i, last);
    // "In a post on X, the premier said", "on his official Twitter account": a platform named alone is where the
    // words were posted, not a person the apposition or title beside it describes.
    if (last === i && SOCIAL_PLATFORMS.has(word.text)) continue;
    // A lone capitalized adverb opening a sentence ("Separately, ...") is not a name.
    if (
      last === i &&
      /ly$/.test(word.text) &&
      words[i + 1]?.gap.startsWith(',') &&
      /\n|^$|[.!?] $/.test(word.gap)
    )
      continue;
    // "said Fiame." / "Fiame added" where the article also writes "Fiame Naomi Mata'afa".
    // `"...," said Obasanjo.`: the speaker slot of a quote's attribution clause, even with no fuller name.
    // "the Declaration emphasized" after the "Islamabad Declaration": a kind word that ends an agreement's name
    // run is that agreement pointed back at, no one's name.
    const shortSpeaker =
      last === i &&
      ((ends.has(foldName(word.text)) &&
        !Object.hasOwn(AGREEMENT_WORDS, word.lower) &&
        speechNextToWord(ctx, i)) ||
        (quoteAttributionWord(ctx, i) && !spellingVariantOfRun(word, ends)));
    // "agreed to a ceasefire in the Gaza Strip, a spokeswoman for X said": a lone word that goes on its clause (a
    // plain space before it) and that a role phrase speaking on its own follows is the end of what was said.
    if (last === i && word.gap === ' ' && !shortSpeaker && roleSubjectAfter(ctx, i)) continue;
    // "Ahmed bin Sultan Al Jaber welcomed ...": a "son of" particle between name words makes a person's name,
    // unless a capitalized word goes on after it ("the Mohammed bin Rashid Space Centre" names a place).
    const goesOn = words[last + 1]?.gap === ' ' && words[last + 1]?.cap === true;
    const patronymic =
      !goesOn && words.slice(i + 1, last).some((w) => PATRONYMIC_PARTICLES.has(w.text) && w.gap === ' ');
    const evidence =
      patronymic ||
      facts !== null ||
      honorificBefore(ctx, i) ||
      speechNextTo(ctx, i, last) ||
      agentBefore(ctx, i, last) ||
      apposedToRole(ctx, i, last) ||
      apposedSpeaker(ctx, i, last) ||
      shortSpeaker;
    const lastWord = words[last];
    // "Abdel Fattah El-Sisi" where "Sisi" is a known person: the run hyphened into a person's mention is that
    // person's name, not a second person.
    const hyphened = ctx.mentions[cover[last + 1] ?? -1];
    if (words[last + 1]?.gap === '-' && hyphened?.kind === 'person') {
      i = last;
      continue;
    }
    // "the King Khalid Airport", "Sa'dabad Cultural Complex": a run a facility noun ends names a place, also one
    // capitalized word later ("King Khalid International Airport").
    const facility =
      facilityAt(words, last + 1) || (words[last + 1]?.cap === true && facilityAt(words, last + 2));
    if (facility || FACILITY_HEADS.has(lastWord?.text ?? '')) {
      i = last;
      continue;
    }
    // "the Red Sea and Arabian Sea, a spokesman said", "on the River Chenab": a run a natural feature opens or ends
    // names a place.
    if (NATURAL_FEATURES.has(word.text) || NATURAL_FEATURES.has(lastWord?.text ?? '')) {
      i = last;
      continue;
    }
    // "Sheikh Mohamed bin Zayed Al Nahyan", "Mohammed bin Salman bin Abdulaziz Al-Saud" after a known shorter form:
    // a run that a name particle opens, or follows, right after a person's name goes on with that name.
    const of = continuedPerson(ctx, i);
    if (of && lastWord) {
      out.push({ first: i, last, name: runName(ctx, i, last), facts, plain: false, of });
      i = last;
      continue;
    }
    // Runs of two name words or more without evidence are kept only to complete a shorter name found elsewhere.
    if (lastWord && (evidence || last > i))
      out.push({ first: i, last, name: runName(ctx, i, last), facts, plain: !evidence });
    i = last;
  }
  return out;
}

/** The index after the lower-case name particles (two at most) that start at index, spaced and uncovered. */
function particlesEnd(ctx: Context, index: number): number {
  const { words, lexicon, cover } = ctx;
  let end = index;
  while (end < index + MAX_PARTICLES_IN_A_ROW) {
    const word = words[end];
    if (!word || !lexicon.particles.has(word.lower) || cover[end] !== -1) break;
    // A capitalized second particle ("bin Al Thani") is the family name's own article, read as a name word.
    if (end > index && (word.gap !== ' ' || word.cap)) break;
    end++;
  }
  return end;
}

/** The person mention a name particle joins to the run at index: "<person> Al Nahyan", "<person> bin Abdulaziz". */
function continuedPerson(ctx: Context, index: number): EntityMention | undefined {
  const { words, lexicon, cover, mentions } = ctx;
  const word = words[index];
  if (!word || word.gap !== ' ') return undefined;
  const particle = lexicon.particles.has(word.lower) ? index : index - 1;
  const joining = words[particle];
  if (!joining || !lexicon.particles.has(joining.lower) || joining.gap !== ' ' || cover[particle] !== -1)
    return undefined;
  const before = mentions[cover[particle - 1] ?? -1];
  return before?.kind === 'person' && before.end === words[particle - 1]?.end ? before : undefined;
}

export function findPersons(state: ExtractState, resources: Resources): ExtractState {
  const { words, text } = state;
  const cover = coverWords(words, state.mentions);
  const ctx: Context = { text, words, cover, mentions: state.mentions, lexicon: resources.lexicon };
  // Only people are added here: the other entity maps pass on as they are, uncopied.
  const entities = { persons: new Map(state.persons) };
  const added: EntityMention[] = [];

  // Known people named with a title in this article take that title ("Russian President Vladimir Putin").
  for (const mention of state.mentions) {
    if (mention.kind !== 'person' || mention.via !== 'name') continue;
    const first = wordIndexAt(words, mention.start);
    let last = first;
    while (last + 1 < words.length && (words[last + 1]?.end ?? Infinity) <= mention.end) last++;
    const facts = first >= words.length ? null : titleOf(ctx, first, last);
    const person = entities.persons.get(mention.id);
    if (facts && person && !person.titleFromText) {
      person.title = facts.title;
      person.country = facts.country ?? person.country;
      person.organization = facts.organization ?? person.organization;
      person.titleFromText = true;
    }
  }

  const givenNames = countryGivenNames(ctx);
  const found = findCandidates(ctx, (s) => state.sentences[s]?.ignored ?? false, givenNames);
  for (const run of found) {
    const person = run.of && entities.persons.get(run.of.id);
    const lastWord = words[run.last];
    const firstWord = words[run.first];
    const from =
      firstWord && resources.lexicon.particles.has(firstWord.lower) ? firstWord : words[run.first - 1];
    if (!run.of || !person || !lastWord || !from) continue;
    // The full name is an alias, so that a later "Al Nahyan" or "bin Abdulaziz" names the same person.
    entities.persons.set(person.id, {
      ...person,
      aliases: new Set([...person.aliases, text.slice(run.of.start, lastWord.end)]),
    });
    added.push({ ...run.of, end: lastWord.end });
  }
  givenNamesBefore(found, entities.persons, words, text, added);
  const all = promoteCoordinated(
    ctx,
    found.filter((c) => !c.of && !c.before),
  );
  const headlineEnd = titleCaseHeadlineEnd(state);
  const candidates = all.flatMap((c) => (c.plain ? [] : inBody(ctx, c, headlineEnd)));
  // Longest names first, so "Rudenko" joins "Andrey Rudenko" whichever the article says first. Each name's parts
  // are counted once, not at every comparison; the sort is stable, so equal lengths keep the article's order.
  const ordered = candidates
    .map((candidate) => ({ candidate, parts: nameParts(candidate.name).length }))
    .sort((a, b) => b.parts - a.parts)
    .map(({ candidate }) => candidate);
  for (const candidate of ordered) {
    const facts = candidate.facts;
    const monarch = MONARCH_TITLES.has(facts?.title.split(' ').at(-1)?.toLowerCase() ?? '');
    const existing =
      clusterFor(entities.persons, candidate.name, monarch) ??
      middleNamed(entities.persons, candidate.name) ??
      vowelVariant(entities.persons, candidate.name);
    const knownId = existing ? null : knownSpelling(resources.gazetteer.people, candidate.name);
    const known = knownId === null ? undefined : resources.gazetteer.people.get(knownId);
    const name = existing?.name ?? known?.name ?? candidate.name;
    const person = ensurePerson(entities.persons, {
      id: existing?.id ?? knownId ?? personId(candidate.name),
      name,
      aliases: new Set(name !== candidate.name ? [candidate.name] : []),
      title: facts?.title ?? known?.title ?? null,
      country: facts?.country ?? known?.country ?? null,
      organization: facts?.organization ?? null,
      titleFromText: facts !== null,
    });
    const firstWord = words[candidate.first];
    const lastWord = words[candidate.last];
    if (firstWord && lastWord)
      added.push({
        kind: 'person',
        id: person.id,
        start: firstWord.start,
        end: lastWord.end,
        sentence: firstWord.sentence,
        via: existing ? 'short' : 'name',
      });
  }
  // Gazetteer names are already full; only names read from this article are completed.
  completeNames(
    all.filter((c) => c.plain),
    entities.persons,
    added,
    words,
    resources.gazetteer.people,
  );
  return {
    ...state,
    ...entities,
    dates: withoutSurnames(state, entities.persons, resources),
    mentions: mergeMentions(state.mentions, added),
  };
}

/**
 * "At their first meeting, Putin and May ...": a month that is the surname of a person of the article is
 * that person, unless a word that dates it comes before ("in May", "since May").
 */
function withoutSurnames(
  state: ExtractState,
  persons: ReadonlyMap<string, PersonEntity>,
  resources: Resources,
): ExtractState['dates'] {
  const { months, monthLeads } = resources.lexicon;
  const surnames = new Set<string>();
  for (const person of persons.values()) {
    const last = person.name.split(' ').at(-1)?.toLowerCase() ?? '';
    if (months.has(last)) surnames.add(last);
  }
  if (surnames.size === 0) return state.dates;
  return state.dates.filter((date) => {
    // chrono may read on: "Putin and May first met" is "May first", the first of May.
    const said = /^\p{L}+/u.exec(state.text.slice(date.start, date.end))?.[0].toLowerCase() ?? '';
    if (!surnames.has(said)) return true;
    const before = /(\S+)\s+$/.exec(state.text.slice(Math.max(0, date.start - 12), date.start))?.[1];
    return before !== undefined && monthLeads.has(before.toLowerCase().replace(/-$/, ''));
  });
}
