// Vocabulary for what a statement says about an agreement the article named: nouns that point back at it ("the
// deal", "this treaty", "a long-awaited document"), words that make such a noun another agreement, reactions.
// Data only; extract/statements/statement-agreements.ts reads it.

import type { AgreementItem } from '../../domain/extraction-result.ts';
import { AGREEMENT_TALK_NOUNS } from './event-words.ts';
import { COUNT_WORDS } from './word-lists.ts';

type Kind = AgreementItem['kind'];

/** Kinds news uses for one another's instruments (as in INTERCHANGEABLE_AGREEMENT_KINDS). */
const INSTRUMENTS: readonly Kind[] = ['agreement', 'deal', 'pact', 'accord', 'treaty'];

/**
 * Singular nouns a statement or its sentence uses for an agreement the article already named, with the kinds of
 * agreement each can mean; null means any kind ("the document" may be a memorandum, a treaty or a declaration).
 */
export const AGREEMENT_BACK_REFERENCE_NOUNS: Readonly<Record<string, readonly Kind[] | null>> = {
  agreement: [...INSTRUMENTS, 'memorandum'],
  deal: INSTRUMENTS,
  treaty: INSTRUMENTS,
  accord: INSTRUMENTS,
  pact: INSTRUMENTS,
  ceasefire: null,
  'cease-fire': null,
  truce: null,
  armistice: null,
  // "the cessation of hostilities", "the starting time of the pause": a ceasefire's (named-only, below).
  cessation: null,
  pause: null,
  arrangement: [...INSTRUMENTS, 'memorandum'],
  memorandum: ['memorandum'],
  mou: ['memorandum'],
  document: null,
  declaration: ['declaration'],
  statement: ['declaration'],
  communique: ['declaration'],
  communiqué: ['declaration'],
  // The act that makes it: "called the signing the most important date", "said at the signing ceremony".
  signing: null,
  ratification: null,
  // "enforcing the plan", "announced the plan for a cessation of hostilities": after "the"/"this" only.
  plan: null,
  // "the second phase cannot be expected to start", "In phase one, Hamas will release ...": a stage of the deal in
  // view, after "the"/"this" or before its number only, and not "the next phase of the war".
  phase: null,
  stage: null,
  // "the resolution", "despite the UN Security Council resolution": a UN resolution the article tells of adopting
  // (kind "other", and only one so named: OWN_NAME_BACK_REFERENCES), after a determiner only and not before "of"
  // ("a peaceful resolution of the dispute" is the act of resolving).
  resolution: ['other'],
  // "agreed to the proposal", "rejected the proposal Hamas described as ...": a proposal the article names so ("the
  // ceasefire proposal"), and only one so named (OWN_NAME_BACK_REFERENCES), after "the"/"this" only.
  proposal: null,
  // "The initiative will take effect as soon as ...", "there was nothing new in the offer": a plan the article names
  // so, or its one agreement however named (SOLE_AGREEMENT_OWN_NAME_REFERENCES), after "the"/"this" only. An
  // initiative only of kind "other" (a plan, a proposal): "support for the initiative" beside a signed peace
  // agreement is some other step (a joint Nobel nomination).
  initiative: ['other'],
  offer: null,
  // "We have reached an understanding on patrolling", "in reaching this understanding": right after its determiner
  // only (UNMODIFIED_BACK_REFERENCES), not "a deep understanding of" nor "the understanding that ...".
  understanding: [...INSTRUMENTS, 'memorandum'],
  // "the strategic partnership will strengthen ties", "the partnership would play key roles": the relationship an
  // agreement sets up, meaning that agreement when the article calls it so (an alias with the word, as after "an
  // agreement to establish a strategic partnership"), after "the"/"this" only; not "their enduring partnership".
  partnership: [...INSTRUMENTS, 'memorandum'],
};

/**
 * Nouns for the form a deal takes that stand for the deal itself when its own name has them ("the Doha Framework
 * for a Comprehensive Peace Agreement ... uphold the letter and spirit of the framework", "a prisoner exchange deal
 * ... the exchange"): right after "the"/"this"/"that" only, never before a complement of their own (NAME_FORM_LINK_WORDS: "the
 * exchange of views", "within the framework of"), and only for the one agreement named before them whose name has the noun
 * (statements/own-head-references.ts). Not kind nouns: alone they name no agreement.
 */
export const OWN_HEAD_BACK_REFERENCES: ReadonlySet<string> = new Set([
  'framework',
  'exchange',
  'swap',
  'roadmap',
  'corridor',
]);
/**
 * The words that join a deal's form noun to the rest of its name ("Framework for a Comprehensive Peace Agreement",
 * "Roadmap on the Implementation ..."), when the agreement stage named only the part after them.
 */
export const NAME_FORM_LINK_WORDS: ReadonlySet<string> = new Set(['for', 'on', 'of']);
/** Articles that may stand between such a link word and the rest of the name ("for a ..."). */
export const NAME_FORM_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Instrument nouns that also mean a declaration the article reports made, when it names no instrument ("the two
 * leaders agreed on a joint declaration ... said the deal would open a new page"): news calls such a text a deal.
 */
export const DECLARATION_INSTRUMENT_NOUNS: ReadonlySet<string> = new Set([
  'agreement',
  'deal',
  'pact',
  'accord',
]);

/**
 * Back-reference nouns that point back only right after their determiner and never before "of" or "that" ("an
 * understanding", "this understanding"): with a modifier or a complement they are a grasp of something ("a common
 * understanding", "the understanding of history", "the understanding that ...").
 */
export const UNMODIFIED_BACK_REFERENCES: ReadonlySet<string> = new Set(['understanding']);
/**
 * Back-reference nouns for a relationship an agreement sets up ("the strategic partnership will ..."), and the words
 * right after them that make them the relationship itself, whatever set it up: "the strategic partnership that the
 * two leaders agreed to pursue", "the partnership between Zembla and Borduria", "the partnership of our nations".
 */
export const RELATIONSHIP_BACK_REFERENCES: ReadonlySet<string> = new Set(['partnership']);
export const RELATIONSHIP_COMPLEMENT_WORDS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'of',
  'between',
  'among',
  'with',
]);
/** Words after an unmodified back-reference noun that make it a grasp of something, not an agreement. */
export const GRASP_COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['of', 'that']);
/**
 * The infinitive marker that, two words before an unmodified noun's indefinite article, makes it a goal ("to reach an
 * understanding and settle issues"), not one reached.
 */
export const GOAL_INFINITIVE_MARKERS: ReadonlySet<string> = new Set(['to']);

/**
 * Back references that mean only an agreement whose own name has the noun: "the resolution" is the council
 * resolution the article reports, never a peace plan of the same kind "other"; "the statement said", "according to
 * the communiqué" is a joint statement or communiqué named so, never the "Declaration of Principles" or "Jeddah
 * Declaration" the article names beside a ministry's press statement.
 */
export const OWN_NAME_BACK_REFERENCES: ReadonlySet<string> = new Set([
  'partnership',
  'resolution',
  'proposal',
  'initiative',
  'offer',
  'statement',
  'communique',
  'communiqué',
]);

/**
 * Own-name back references that also mean the article's one agreement however the article named it: "the proposal
 * has taken into account the positions of both sides" in a story whose only agreement the agreement stage called a
 * truce, "The initiative will take effect" after the "Kingdom Plan". Not with a topic of its own ("the proposal on
 * prisoners": OWN_TOPIC_PREPOSITIONS).
 */
export const SOLE_AGREEMENT_OWN_NAME_REFERENCES: ReadonlySet<string> = new Set([
  'proposal',
  'offer',
  'initiative',
]);
/** Words right after a back-reference noun that give it a topic of its own ("the proposal on prisoners"). */
export const OWN_TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'regarding',
  'concerning',
  'about',
  'over',
]);

/**
 * Back-reference nouns that mean only an agreement whose own name or alias has the word: "without a ceasefire" in
 * an article whose only agreement is on forestry is a call for one, not a reference.
 */
export const NAMED_ONLY_BACK_REFERENCES: ReadonlySet<string> = new Set([
  'ceasefire',
  'cease-fire',
  'truce',
  'armistice',
  'cessation',
  'pause',
]);

/**
 * Words of one family in an agreement's name: any of them lets a named-only noun point back at it ("the truce"
 * after "Israel and Hamas agreed to a ceasefire", "the ceasefire" after "a cessation of hostilities").
 */
export const CEASEFIRE_NAME_WORDS: ReadonlySet<string> = new Set([
  'ceasefire',
  // "cease-fire agreement" split at its hyphen.
  'cease',
  'truce',
  'armistice',
  'cessation',
]);

/**
 * What a deal that brings a ceasefire is said to do, beside its sides: "an agreement to end hostilities", "a deal to
 * halt the fighting". A deal described by these words alone says no subject apart from the truce it brings.
 */
export const HOSTILITIES_END_WORDS: ReadonlySet<string> = new Set([
  'end',
  'ending',
  'halt',
  'stop',
  'hostilities',
  'fighting',
  'violence',
  'war',
  'bloodshed',
]);

/**
 * Who a deal frees ("a hostage release deal", "a prisoner swap deal", "a deal for the hostages"): in a war with one
 * ceasefire, the exchange is a part of that ceasefire, not an instrument of its own.
 */
export const CAPTIVE_EXCHANGE_WORDS: ReadonlySet<string> = new Set([
  'hostage',
  'hostages',
  'prisoner',
  'prisoners',
  'detainee',
  'detainees',
  'captive',
  'captives',
]);

/**
 * Back-reference nouns that point back only after "the" or "this": "a statement" is a new press statement, "the
 * statement" the joint statement named before.
 */
export const DEFINITE_ONLY_BACK_REFERENCES: ReadonlySet<string> = new Set([
  'partnership',
  'resolution',
  'phase',
  'stage',
  'declaration',
  'statement',
  'communique',
  'communiqué',
  'signing',
  'ratification',
  'plan',
  'proposal',
  'initiative',
  'offer',
]);

/** Words that open the noun phrase of a back reference ("the", "a", "this", "our"). */
export const BACK_REFERENCE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'a',
  'an',
  'our',
  'their',
  'its',
  'such',
]);

/**
 * Words before a back reference's noun phrase that say no such agreement exists ("without a permanent ceasefire",
 * "no such proposal had been presented"): a demand or a denial, not the agreement named before. Not "not": "would
 * not honour the deal" is about the deal.
 */
export const ABSENT_AGREEMENT_CUES: ReadonlySet<string> = new Set(['without', 'no']);
/**
 * Determiners by which a speaker says the deal still negotiated is not made yet ("No deal today", "said no agreement
 * would be announced yet"): about that deal, though no instrument of the article.
 */
export const NOT_YET_DETERMINERS: ReadonlySet<string> = new Set(['no']);
/** Words that may stand between such a determiner and its noun ("no final deal"). */
export const NOT_YET_MAX_MODIFIERS = 1;

/**
 * Determiners of an agreement that no one has made ("any agreement which does not include ...", "denied any deal
 * was reached", "open to any arrangement"): a condition or a denial, never an instrument of the article.
 */
export const HYPOTHETICAL_AGREEMENT_DETERMINERS: ReadonlySet<string> = new Set(['any']);

/**
 * Modifiers that, after "a"/"an", make an agreement one nobody has made yet ("drafts of a possible deal", "talk of an
 * imminent deal", "working on an expected agreement to halt the fighting", "a long-awaited agreement ... could be
 * reached"). "the expected deal" after its announcement is the one in view, so only after an indefinite article.
 */
export const HEDGED_AGREEMENT_MODIFIERS: ReadonlySet<string> = new Set([
  'possible',
  'potential',
  'imminent',
  'eventual',
  'expected',
  'hoped-for',
  'long-awaited',
  'much-awaited',
  'long-sought',
]);

/**
 * Modifiers that make an agreement noun one side's own act ("the unilateral cessation of hostilities declaration by
 * the government", "a unilateral truce"): a step no other side agreed to, no agreement between sides.
 */
export const ONE_SIDED_MODIFIERS: ReadonlySet<string> = new Set(['unilateral', 'one-sided']);

/**
 * Verbs that turn down an agreement before anyone made it, when "a"/"an" follows them ("rejected a partial
 * arrangement", "he rules out a truce", "rejecting an immediate ceasefire"): no instrument of the article. "rejected
 * the deal" names one on the table and stays.
 */
export const REFUSING_VERBS: ReadonlySet<string> = new Set([
  'reject',
  'rejects',
  'rejected',
  'rejecting',
  'refuse',
  'refuses',
  'refused',
  'refusing',
]);
/** Verbs that, with "out" after them, turn an agreement down as REFUSING_VERBS do ("ruled out a truce"). */
export const RULING_OUT_VERBS: ReadonlySet<string> = new Set(['rule', 'rules', 'ruled', 'ruling']);

/** Determiners after which a definite-only noun points back. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/**
 * Days whose possessive opens a back reference as "the" does ("Today's agreement also builds on ...", "Saturday's
 * declaration", "today's long overdue ceasefire"): the agreement of that day, the one in view.
 */
export const DAY_POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'today',
  'yesterday',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/**
 * Words before a kind noun that make it an agreement other than the one named ("a new agreement", "another
 * ceasefire", "a parallel deal", "a second document").
 */
export const OTHER_AGREEMENT_MODIFIERS: ReadonlySet<string> = new Set([
  'new',
  'another',
  'other',
  'separate',
  'parallel',
  'second',
  'third',
  'further',
  'similar',
  'future',
  'additional',
  'fresh',
  'different',
  'alternative',
]);

/**
 * Of OTHER_AGREEMENT_MODIFIERS, the ones that make it the deal still to come ("a new treaty", "a fresh truce"), which
 * the story itself may be about, not one more beside it ("another", "a separate", "a second").
 */
export const NEW_AGREEMENT_MODIFIERS: ReadonlySet<string> = new Set(['new', 'fresh']);

/**
 * Words before a kind noun that, after "a"/"an", date the agreement before the one the story is about ("a previous
 * peace deal signed in 2015", "an earlier ceasefire"): one more agreement, never the one in view. Not after "the",
 * where "the earlier agreement" may point back to one the story already named.
 */
export const EARLIER_AGREEMENT_MODIFIERS: ReadonlySet<string> = new Set(['previous', 'earlier', 'prior']);

/**
 * Words before a kind noun that tell the older of two deals ("the original accord", "the old agreement"), beside one
 * the story tells as new or revised: which deal it is, not another way to call the only one.
 */
export const ORIGINAL_AGREEMENT_MODIFIERS: ReadonlySet<string> = new Set(['original', 'old', 'former']);

/**
 * Words after "the" that call an agreement the one in force ("the current treaty", "the existing agreement"): older
 * than the story's own when its signing is told with it ("since the signing of the current treaty").
 */
export const IN_FORCE_MODIFIERS: ReadonlySet<string> = new Set(['current', 'existing']);

/** Nouns whose "of the" object is an agreement already made ("since the signing of the current treaty"). */
export const MAKING_NOUNS: ReadonlySet<string> = new Set(['signing', 'conclusion']);

/**
 * Verbs whose object is the older instrument a new one takes the place of ("The new pact replaces the 1994 accord",
 * "a treaty that superseded the Geneva agreement"): the story is about their subject.
 */
export const REPLACING_VERBS: ReadonlySet<string> = new Set([
  'replace',
  'replaces',
  'replaced',
  'replacing',
  'supersede',
  'supersedes',
  'superseded',
  'superseding',
]);

/**
 * Nouns whose "of" object is the older instrument a new one takes the place of ("towards the replacement of the
 * Cotonou Agreement", "talks on a successor of the 1994 accord").
 */
export const REPLACING_NOUNS: ReadonlySet<string> = new Set(['replacement', 'successor']);

/**
 * Lowercase words that, right before or opening an agreement mention, call it a replacement ("the new North American
 * Free Trade agreement", "the new treaty", "a revamped pact"): not the older deal of that name the article recalls.
 */
export const REPLACEMENT_MODIFIERS: ReadonlySet<string> = new Set(['new', 'renewed', 'revamped', 'revised']);

/** Determiners that alone make a kind noun one more agreement ("another agreement proclaimed ..."). */
export const ANOTHER_DETERMINERS: ReadonlySet<string> = new Set(['another']);

/**
 * Words before the article of a noun phrase that make it a complement saying what the agreement in view is ("the
 * pact is a balanced deal", "described it as a model agreement", "called the accord the right deal"), not another.
 */
export const PREDICATE_OPENERS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'remains',
  'remained',
  'as',
  'called',
  'calling',
  'calls',
  'dubbed',
  'termed',
]);

/**
 * Verbs that describe their object with the quoted words that follow ("described the meetings he held as
 * “constructive”", "calling the scars “permanent reminders”"): the object is what the words are about.
 */
export const DESCRIBING_VERBS: ReadonlySet<string> = new Set([
  'described',
  'describes',
  'describing',
  'called',
  'calls',
  'calling',
  'termed',
  'terming',
  'dubbed',
  'branded',
  'labelled',
  'labeled',
]);

/**
 * Nouns by which such an object is the news itself, the agreement's announcement or signing ("described the
 * announcement as “a historic step”"), besides the news-reaction nouns: then the words are about the agreement.
 */
export const DESCRIBED_NEWS_NOUNS: ReadonlySet<string> = new Set([
  'announcement',
  'signing',
  'outcome',
  'deal',
]);

/** The articles that open a complement ("is a ...", "as the ..."). */
export const COMPLEMENT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Parts of speech that may stand between a complement's article and its description ("the largest, most ..."). */
export const COMPLEMENT_MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'CCONJ', 'NUM']);

/** How many modifiers may stand between a complement's article and its description ("a very detailed, powerful"). */
export const PREDICATE_MAX_MODIFIERS = 5;

/**
 * Nouns and verbs that, with "for", ask for an agreement nobody has made ("hopes for an agreement", "a push for a truce",
 * "his persistent advocacy for a humanitarian ceasefire", "has been advocating for an indefinite ceasefire").
 */
export const GOAL_ASKING_WORDS: ReadonlySet<string> = new Set([
  'advocacy',
  'advocate',
  'advocates',
  'advocated',
  'advocating',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'push',
  'pushed',
  'pushing',
  'bid',
]);
/**
 * Verb forms whose "for" asks for an agreement a speaker has long wanted ("China has been calling for an early
 * ceasefire", "has consistently called for an immediate ceasefire"): the speaker's own demand, not the agreement the
 * article reports. Verb forms only: "respect the Taliban's call for a ceasefire" names the ceasefire that was called.
 */
export const CALLING_FOR_VERBS: ReadonlySet<string> = new Set(['calls', 'called', 'calling']);
/**
 * Verbs whose base form, after "to" or a modal (SEEKING_VERB_OPENERS), seeks an agreement nobody has made yet ("talks to
 * achieve a permanent cessation of hostilities", "a committee that would negotiate a permanent ceasefire"): a goal,
 * not the agreement the article reports. Base forms only: "reached a ceasefire", "in brokering a truce" report one.
 */
export const SEEKING_VERBS: ReadonlySet<string> = new Set([
  'reach',
  'achieve',
  'negotiate',
  'secure',
  'pursue',
  'ensure',
  'seek',
]);
/**
 * SEEKING_VERBS that name a goal whatever the agreement's scope ("will seek a truce", "efforts to negotiate a
 * ceasefire", "to pursue a ceasefire"): nobody seeks or negotiates the agreement already made. Not "reach" or
 * "achieve", which after "managed to" report it.
 */
export const GOAL_ONLY_VERBS: ReadonlySet<string> = new Set(['seek', 'negotiate', 'pursue']);
/** Words before a SEEKING_VERBS base form that make it a goal: the infinitive "to" and modals. */
export const SEEKING_VERB_OPENERS: ReadonlySet<string> = new Set([
  'to',
  'would',
  'will',
  'could',
  'can',
  'should',
  'must',
]);
/**
 * Words of scope that, with GOAL_SCOPE_WORDS, mark a sought agreement larger than the one in view ("a complete
 * ceasefire", "a longer ceasefire" after a four-day truce); "to achieve an immediate ceasefire" may be the one made.
 */
export const SOUGHT_SCOPE_WORDS: ReadonlySet<string> = new Set(['complete', 'longer']);
/**
 * Words and the preposition after them that name a goal ("the need for a permanent ceasefire", "measures for a
 * complete ceasefire", "the importance of a longer ceasefire", "getting to a temporary ceasefire"): what an
 * indefinite agreement noun after them names is wanted, not made.
 */
export const GOAL_PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ['need', 'for'],
  ['measures', 'for'],
  ['importance', 'of'],
  ['getting', 'to'],
]);
/**
 * Prepositions that, before a scoped indefinite agreement, name where a process should lead ("the implementation of a
 * permanent cessation of hostilities", "a roadmap for a permanent ceasefire", "a truce leading to a permanent
 * ceasefire", "laid the foundation for a comprehensive agreement"): a larger agreement wanted, not one made.
 */
export const GOAL_LINK_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'toward', 'towards']);
/**
 * Words before a GOAL_LINK_PREPOSITIONS that report the scoped agreement made or in force ("agreed to a permanent
 * ceasefire", "the signing of a comprehensive agreement", "as part of a comprehensive deal", "under the terms of a
 * lasting truce").
 */
export const MADE_BEFORE_GOAL_LINK: ReadonlySet<string> = new Set([
  'agree',
  'agrees',
  'agreed',
  'agreeing',
  'signing',
  'signature',
  'part',
  'terms',
  'text',
]);
/**
 * Words before "to" and a making verb that seek the agreement the verb names ("a new effort to reach an agreement",
 * "a chance to reach a deal", "trying to secure a truce"): nobody has made it yet.
 */
export const GOAL_SEEKING_LEADS: ReadonlySet<string> = new Set([
  'effort',
  'efforts',
  'bid',
  'push',
  'attempt',
  'attempts',
  'chance',
  'chances',
  'opportunity',
  'hope',
  'hopes',
  'hoping',
  'aim',
  'aims',
  'aiming',
  'seek',
  'seeks',
  'seeking',
  'try',
  'trying',
  'need',
  'needs',
]);
/**
 * Verbs that make an agreement, sought after GOAL_SEEKING_LEADS and "to" ("to reach an agreement", "the efforts of the
 * panel to mediate a peace agreement"); without a lead ("helped mediate a truce") they report one made.
 */
export const GOAL_SEEKING_VERBS: ReadonlySet<string> = new Set([
  'reach',
  'mediate',
  'secure',
  'achieve',
  'clinch',
  'strike',
  'seal',
  'conclude',
  'finalize',
  'finalise',
]);
/**
 * Words whose purpose a "to" and a GOAL_SEEKING_VERBS verb a few words after them name, no verb between: "talks with
 * the Houthi movement to reach a ceasefire agreement", "contacts with all parties to reach a truce", "efforts are
 * continuing to reach a broader agreement". The agreement is sought, not made. Not "in order to", whose deal is often
 * the one the article then tells was made.
 */
export const PURPOSE_LEADS: ReadonlySet<string> = new Set([
  'talks',
  'negotiations',
  'contacts',
  'consultations',
  'discussions',
  'endeavors',
  'endeavours',
  'continuing',
  'pressure',
]);
/** How many words before its "to" a PURPOSE_LEADS word may stand ("talks with the Houthi Ansarullah movement to"). */
export const PURPOSE_LEAD_REACH = 7;
/** Gerunds of GOAL_SEEKING_VERBS that, after GOAL_GERUND_LEADS, seek the agreement ("focus on reaching a deal"). */
export const GOAL_SEEKING_GERUNDS: ReadonlySet<string> = new Set([
  'reaching',
  'securing',
  'achieving',
  'clinching',
  'striking',
  'sealing',
  'concluding',
  'finalizing',
  'finalising',
]);
/**
 * Prepositions before a GOAL_SEEKING_GERUNDS gerund that make its agreement a goal ("will focus on reaching a deal",
 * "steps towards securing a truce"); "after reaching a deal", "succeeded in reaching an agreement" tell of one made,
 * and "the importance of reaching an agreement on the dam" often names the one long under negotiation. "To" before
 * the gerund is a goal too: "talks geared to reaching a short-term ceasefire agreement", "close to reaching an interim
 * agreement".
 */
export const GOAL_GERUND_LEADS: ReadonlySet<string> = new Set(['on', 'toward', 'towards', 'to']);
/** Words that approach an agreement without reaching it ("nearing a deal"). */
export const GOAL_NEARING_WORDS: ReadonlySet<string> = new Set(['nearing']);

/** Articles that, with a modifier from OTHER_AGREEMENT_MODIFIERS, introduce one more agreement ("a new deal"). */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** How many words may stand between a back reference's determiner and its noun ("a mutually satisfactory deal"). */
export const BACK_REFERENCE_MAX_MODIFIERS = 3;

/**
 * Pronouns that open a statement about what the sentence before it reported ("This is a critical step"), across a
 * paragraph break too. Not "it" nor "that": "It is not just that ..." points at nothing.
 */
export const ANAPHORIC_OPENERS: ReadonlySet<string> = new Set(['this']);

/**
 * Subject pronouns that open a reported clause about what the sentence before it reported ("said it was a welcome
 * first step", "said it “shows how far relations have come”"): outside quoted words only, where "It is ..." is
 * mostly the extraposed subject of a clause that follows.
 */
export const REPORTED_ANAPHORIC_OPENERS: ReadonlySet<string> = new Set(['it']);

/**
 * Modals after a body's reported "it" that make the "it" the body itself, its own next step ("Pakistan announced that
 * it will reduce Indian diplomatic staff", "the ministry said it would send negotiators"), not the agreement the
 * sentence before named; unless a passive "be" follows ("said it would be implemented").
 */
export const SELF_REFERENCE_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall']);

/** Words that may stand between such an "it" and its modal, or the modal and its verb ("it also will", "would not"). */
export const SELF_REFERENCE_ADVERBS: ReadonlySet<string> = new Set(['also', 'not', 'soon', 'now', 'further']);

/** The verb after the modal that makes the "it" a thing acted on again ("it would be implemented"). */
export const SELF_REFERENCE_PASSIVE = 'be';

/**
 * Verbs after such an opening "This"/"it" that make it a pronoun judging the news ("This is a positive development",
 * "said it was a great day"), not a determiner ("This year marks ...") nor the speaker as subject ("said it planted
 * ...", "it will spare no effort").
 */
export const ANAPHOR_JUDGING_VERBS: ReadonlySet<string> = new Set(['is', 'was']);

/**
 * Nouns that, a few words after such a judging verb, make the pronoun the issue the speaker's words are on, not the
 * news the lead reports ("“This is a serious issue,” he said" after a sentence on border attacks, "said it is a matter
 * of concern", "noted that it is time for diplomacy", "“This is a long-standing policy,” he said").
 */
export const ANAPHOR_TOPIC_NOUNS: ReadonlySet<string> = new Set([
  'issue',
  'matter',
  'question',
  'problem',
  'policy',
  'time',
]);

/** How many words after the judging verb such a noun may stand ("is a very unusual time"). */
export const ANAPHOR_TOPIC_MAX_AT = 5;

/**
 * Words that open a sentence before the agreement it reports from ("According to the agreement, both governments
 * would arrange ... in “safety, security and dignity”"): a quote there is the agreement's wording, no one's words.
 */
export const AGREEMENT_SOURCE_OPENERS: readonly (readonly string[])[] = [['according', 'to']];
/**
 * Back-reference nouns for documents that carry a speaker's words ("The statement also mentioned the need for ...
 * “regarding the format and agenda ...”"): their quotes are the issuer's, not an agreement's wording.
 */
export const SPEAKING_DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'communique',
  'communiqué',
  'readout',
  'release',
]);

/**
 * Words of the relations between countries: words that name none of the article's agreements yet speak of these
 * ("expressed satisfaction with the excellent relationship between the two governments", "reaffirmed the invaluable
 * relations that exist between Kenya and Somalia", "reaffirmed their commitment to enhancing bilateral cooperation in
 * other sectors") are about the relations, not the agreement the sentence before had as its subject.
 */
export const RELATIONS_TOPIC_WORDS: ReadonlySet<string> = new Set([
  'relations',
  'relationship',
  'ties',
  'bilateral',
]);

/**
 * Words that, a few words after a reported clause's opening "it", show the "it" is extraposed ("said it was
 * important to act", "said it was clear that ..."), pointing at the clause they open, not at an agreement.
 */
export const EXTRAPOSED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['to', 'that', 'whether', 'if']);

/**
 * Verbs that must come between an "it" and such a clause opener for the "it" to be extraposed ("it was vital to", "it
 * seems that", "it remains unclear whether"); "it also contributes to establishing stability" or "it will lead to
 * peace" has a subject "it", pointing back.
 */
export const EXTRAPOSING_VERBS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'be',
  'been',
  "'s",
  '’s',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'remained',
  'becomes',
  'became',
]);

/** How many words after the opening "it" such a clause opener may stand ("it was not yet clear whether"). */
export const EXTRAPOSED_CLAUSE_MAX_DISTANCE = 4;
/**
 * The word that brings in the subject of an extraposed infinitive ("it was too early for him to say", "it is vital
 * for both sides to ..."): the words up to its "to" are that subject and do not count toward the distance.
 */
export const INFINITIVE_SUBJECT_MARKERS: ReadonlySet<string> = new Set(['for']);
/** How many words that subject may have ("for him", "for the two countries"). */
export const INFINITIVE_SUBJECT_MAX_WORDS = 3;

/**
 * Words by which a speaker's next clause points back at what their first clause named ("welcomed the deal, calling
 * it a positive step", "urged its swift implementation", "adding that this agreement must ..."). Without one, the
 * next clause is on its own topic ("called the withdrawal cruel and said the United States would keep grain flowing").
 */
export const SAME_SPEAKER_BACK_POINTERS: ReadonlySet<string> = new Set(['it', 'its', 'this', 'these']);
/**
 * Conjunctions by which a speaker turns from what the narrator's words name to another topic ("welcomed the deal, but
 * said it remains to be seen whether ...", "acknowledged there was “more work to be done” but said the deal ..."):
 * an agreement on the far side of one is not what the speaker's own words are about.
 */
export const TURNING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'however', 'yet']);

/**
 * Words by which a speaker's words in the sentence after their own words on an agreement point back at it, across a
 * paragraph break and inside quoted words too ("“It represents a milestone,” he added", "“We hope this will lead to
 * ...”", "prevailed in this negotiation"). Only among the first words (CONTINUATION_POINTER_MAX_AT), an "it" not
 * extraposed.
 */
export const CONTINUATION_POINTERS: ReadonlySet<string> = new Set(['it', 'this']);

/**
 * Verbs that only name what a speaker spoke of ("Fiame referred to AUKUS", "the minister mentioned the accord"),
 * saying nothing of it: a quote after them does not go on about that agreement the way it goes on from "X said the
 * deal would ..." or "X welcomed the agreement".
 */
export const TOPIC_ONLY_VERBS: ReadonlySet<string> = new Set(['referred', 'mentioned', 'briefed', 'touched']);

/**
 * How many words into a statement's content such a pointer may stand: the first clause ("hope for a lasting
 * resolution, stating, “This is a very good afternoon”"), not a later one with a topic of its own.
 */
export const CONTINUATION_POINTER_MAX_AT = 12;

/** Back-reference nouns that before "of" are a quantity, not an agreement ("a great deal of"). */
export const QUANTITY_BEFORE_OF: ReadonlySet<string> = new Set(['deal']);

/** Part nouns that before "of" are a part of what follows ("the next phase of the war"), not of an agreement. */
export const PART_BEFORE_OF: ReadonlySet<string> = new Set(['phase', 'stage']);

/** Numbers after a part noun that make it one of the agreement in view, as "the" would ("phase one", "phase 2"). */
export const PART_NUMBERS: ReadonlySet<string> = new Set(['one', 'two', 'three', '1', '2', '3']);

/**
 * Ordinals one of which a part noun after "the" needs to be a stage of the agreement in view ("the first phase", "the
 * second and third phase"): "in the coming phase", "the current phase" are a time, not a stage.
 */
export const PART_ORDINALS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'final',
  'initial',
  'last',
]);

/**
 * Act nouns that before "of" name what they act on ("the signing of key agreements", "the resolution of the
 * dispute"), which its own mention links.
 */
export const ACT_BEFORE_OF: ReadonlySet<string> = new Set(['signing', 'ratification', 'resolution']);

/** Words that open a reaction to the article's news ("called the move ...", "regretted today's decision"). */
export const NEWS_REACTION_DETERMINERS = ['the', 'this', 'that', 'its', "today's", 'today’s'] as const;
/**
 * How many modifiers may stand between a reaction's determiner and its noun ("this positive step", "the most
 * significant step"): a judgement of the news, still the news.
 */
export const NEWS_REACTION_MAX_MODIFIERS = 2;
/**
 * Nouns after which a reaction noun is only a modifier ("the state news agency", "a news conference"): a source or an
 * occasion, not the news.
 */
export const NEWS_COMPOUND_HEADS = [
  'agency',
  'agencies',
  'conference',
  'report',
  'reports',
  'outlet',
  'outlets',
  'service',
  'website',
  'channel',
  'briefing',
] as const;
/**
 * Modifiers that make the noun one step of a road still to walk ("the next logical step", "the first step toward a
 * new beginning"), not the news itself: only the sentence before can tell that such a step is the deal.
 */
export const NEWS_SEQUENCE_MODIFIERS = ['next', 'further', 'following', 'first', 'second', 'third'] as const;
/** What a reaction calls the news an agreement's lead reports ("the move", "the suspension"). */
export const NEWS_REACTION_NOUNS = [
  'decision',
  'move',
  'step',
  'withdrawal',
  'suspension',
  'pullout',
  'exit',
  'termination',
  'news',
  'breakthrough',
] as const;
/**
 * What a reaction calls the news the lead reports only when no object follows it ("welcomed the announcement and
 * said ...", "Following the announcement, the ministry ..."); "the announcement of a two-week ceasefire by the
 * coalition" names its own news.
 */
export const NEWS_ANNOUNCEMENT_NOUNS = ['announcement'] as const;
/** The word that opens what an announcement noun announces ("the announcement of ..."). */
export const ANNOUNCED_OBJECT_OPENER = 'of';
/**
 * What a reaction calls the news the lead reports when nothing carries the noun on ("called the development a “positive
 * step”", "welcome the development"); "the development of ties", "the development and enlargement of relations",
 * "development in other countries" are growth, not news.
 */
export const NEWS_DEVELOPMENT_NOUNS = ['development'] as const;
/** Determiners of such a news noun; not "its development", a country's or a region's growth. */
export const NEWS_DEVELOPMENT_DETERMINERS = ['the', 'this', 'that'] as const;
/** Words after a development noun that carry it on as growth ("the development of", "the development and ..."). */
export const DEVELOPMENT_CONTINUATIONS = ['of', 'and', 'in', 'for'] as const;

/**
 * Verbs by which a reaction urges the sides to make use of the agreement the lead reports ("called on all parties to
 * seize the historic opportunity", "urged them to “seize this unique opportunity”"); a trailing * stands for any ending.
 */
export const OPPORTUNITY_SEIZING_VERBS = ['seize*', 'grasp*'] as const;
/** What such a reaction calls the agreement ("this opportunity", "the historic chance"). */
export const OPPORTUNITY_NOUNS = ['opportunity', 'chance'] as const;
/** Words that may stand between the seizing verb's determiner and its noun ("the historic", "this unique"). */
export const OPPORTUNITY_MAX_MODIFIERS = 2;

/**
 * Verbs by which a speaker presses the sides to keep what the agreement in view holds ("urged the parties to implement
 * its provisions", "called for responsible implementation of all terms", "respect what they have signed"); a
 * trailing * stands for any ending.
 */
export const KEEPING_VERBS = [
  'implement*',
  'respect*',
  'abide by',
  'adhere to',
  'comply with',
  'uphold*',
  'honour*',
  'honor*',
] as const;
/**
 * The sides of the agreement in view, opening reported words that give one of its terms ("the two sides agreed to
 * deliver humanitarian aid", "both sides have also agreed to establish a mechanism").
 */
export const AGREEING_SIDES = [
  'the two sides',
  'both sides',
  'the two countries',
  'both countries',
  'the two parties',
  'both parties',
  'the parties',
  'the two governments',
  'both delegations',
  'the two delegations',
  'the two rival parties',
  'the two warring parties',
  'the warring parties',
  'the warring factions',
] as const;
/** Words between the sides and "agreed" ("have also agreed"). */
export const AGREEING_LINK_WORDS = ['have', 'had', 'also', 'have also', 'had also'] as const;
/**
 * The sides named before, as the pronoun subject of their own agreeing ("They agreed that ...", "they had spoken on
 * Thursday and agreed to ..."), read like AGREEING_SIDES but in words only.
 */
export const AGREEING_SIDE_PRONOUNS = ['they'] as const;
/**
 * What opens a clause of the statement's own whose subject is the sides, in mid-sentence ("..., and both sides agreed
 * to", "as the two countries agreed to"). Not "that", "which" or "who": "the truce that both sides agreed to in 2019"
 * is a relative clause about the deal, not a term the statement gives.
 */
export const SIDES_CLAUSE_JOINERS = ['and', 'as'] as const;
/** Words of the sides' first predicate before a coordinated "and agreed" ("they had spoken on Thursday and agreed"). */
export const SIDES_FIRST_PREDICATE_MAX_WORDS = 6;
/**
 * The modals by which the sides' future course opens reported or quoted words (“Both countries will work to promote
 * close cooperation ...”, "the two countries will keep their promise"): a term of the agreement in view, as "agreed to".
 * Not "would": "said the two sides would keep talking", "would further explore new avenues" is as often an intention
 * or a plan still sought as a term fixed.
 */
export const SIDES_FUTURE_MODALS = ['will', 'shall'] as const;
/** Words between the sides and their modal ("both sides also will", "the two countries jointly will"). */
export const SIDES_FUTURE_LINK_WORDS = ['also', 'jointly', 'together'] as const;
/** What opens the term after the sides' "agreed" ("agreed to", "agreed on", "agreed that", "agreed for strict observance"). */
export const AGREEING_COMPLEMENT_OPENERS = ['to', 'on', 'that', 'for'] as const;
/**
 * What the sides agreed to when it is more talks, not a term of the agreement ("agreed to start negotiations on the
 * code"): the talk nouns that make "an agreement to start negotiations" no instrument either.
 */
export const FURTHER_TALKS_NOUNS: readonly string[] = [...AGREEMENT_TALK_NOUNS];

/** What a keeping verb (KEEPING_VERBS) keeps without naming the agreement: its terms, or what was agreed or signed. */
export const AGREED_CONTENTS = [
  'its provisions',
  'its terms',
  'all terms',
  'all its terms',
  'all the terms',
  'the agreed measures',
  'the agreed-upon measures',
  'the agreed terms',
  'what has been agreed*',
  'what had been agreed*',
  'what was agreed*',
  'what they have signed',
  'what they had signed',
  'what they signed',
  'what was signed',
  'the commitments they have made',
  'the commitments they made',
  // "honour their commitments", "abide by their obligations", "adhere to the commitments made", "implement, without
  // delay, the relevant measures adopted": what the sides took on, in a call to keep it.
  'their commitments',
  'their obligations',
  'the commitments',
  'the commitments made',
  'the terms',
  'the provisions',
  'the measures adopted',
  'the relevant measures adopted',
] as const;
/**
 * Words after what a keeping verb keeps that tie it to something else ("the terms of trade", "their obligations under
 * international law"): not the agreement in view.
 */
export const KEPT_CONTENT_COMPLEMENTS = ['of', 'under'] as const;
/**
 * Verbs whose object "it" is the agreement in view, named sentences before ("Why would they not ratify it?", "they
 * broke it within hours", "we will honour it"): acts done only to an agreement. Not "sign" ("sign it into law" is a
 * bill) nor "back" or "support" (a plan, a bid).
 */
export const DEAL_ACT_VERBS = [
  'ratif*',
  'violat*',
  'breach*',
  'implement*',
  'respect*',
  'honour*',
  'honor*',
  'uphold*',
  'abide by',
  'comply with',
  'adhere to',
] as const;
/**
 * Verbs that judge their object "it" by the quoted words after it ("described it as “a historic day”", "hailed it as
 * “history making”"): the agreement in view when no other is named; the quote must follow, not a noun ("called it a day").
 */
export const DESCRIBING_IT_VERBS = [
  'described',
  'describing',
  'called',
  'calling',
  'hailed',
  'hailing',
  'praised',
  'praising',
  'termed',
  'welcomed',
] as const;
/** Words that may stand between the keeping verb and what it keeps ("implementation of all terms"). */
export const KEEPING_LINK_WORDS = [
  'of',
  'fully',
  'swiftly',
  'faithfully',
  'in good faith',
  'without delay',
] as const;

/** Words that open a reference to every agreement signed ("these agreements", "all the documents"). */
export const PLURAL_AGREEMENT_DETERMINERS = ['these', 'the', 'those', 'all', 'both', 'several'] as const;
/**
 * Words before a plural agreement noun that make it the whole set the article reports signed, wherever in the
 * article that set was named: counts ("signed 51 agreements", "the eight pacts"; digits count too), the act ("the
 * signing of bilateral agreements") and the verb ("we held talks and signed agreements").
 */
export const AGREEMENT_SET_OPENERS = [...COUNT_WORDS, 'signed', 'signing of'] as const;

/** Plural nouns for the agreements an article reports signed. */
export const PLURAL_AGREEMENT_NOUNS = [
  'agreements',
  'deals',
  'accords',
  'documents',
  'pacts',
  'treaties',
  'memorandums',
  'memoranda',
  'mous',
] as const;

/**
 * Attribution verbs by which a speaker's quote goes on from their own words just before ("“It is historic,” she
 * said. “Both sides will work together,” she added"): what those were about, the quote is about too. So do a warning,
 * a note or a stress put after a second quote of theirs ("“This is a glimmer of hope,” she told reporters. “Major
 * hurdles lie ahead,” she warned"; "“We welcome the signing ...,” the spokesman said. “We further hail the mediation
 * ...,” noted the spokesman"), and "continued".
 */
export const ADDING_VERBS: ReadonlySet<string> = new Set([
  'added',
  'adds',
  'warned',
  'warns',
  'noted',
  'notes',
  'stressed',
  'stresses',
  'continued',
]);
/** How many words after the quote the adding verb may stand ("the foreign ministry spokesman added"). */
export const ADDING_VERB_MAX_AT = 5;

/**
 * Cues that a statement answers the one before it ("Putin responded by saying ..."); a trailing * stands for any
 * ending ("respond*": responds, responded, response).
 */
export const RESPONSE_CUES = [
  'respond*',
  'react*',
  'in response',
  'reply',
  'replied',
  'replies',
  'retort*',
  'hit back',
  'dismiss*',
] as const;

/**
 * Kinds of organization that can be a side of an agreement: armed movements and parties ("Israel and Hamas agreed
 * to a truce", "the government and the TPLF signed"), blocs and the UN. A ministry signs for its country, a news
 * agency or a company reports or trades, so neither is a party.
 */
export const AGREEMENT_PARTY_ORG_KINDS: ReadonlySet<string> = new Set([
  'party',
  'other',
  'intergovernmental',
]);

/**
 * Forms of "agree" whose "to" tells an agreement by its deed alone ("Colombia and Venezuela agreed to restore
 * ties"): a later bare "the agreement" is theirs.
 */
export const AGREE_TO_VERBS: ReadonlySet<string> = new Set(['agree', 'agrees', 'agreed']);
/** Words that may join the sides before "agree": "Colombia and Venezuela", "Venezuela, Colombia", "the US and Iran". */
export const AGREEING_SIDE_JOINERS: ReadonlySet<string> = new Set(['and', 'the']);

/**
 * Joiners that set a second noun phrase beside the agreement just named ("commitment to the Declaration of Principles
 * and to the short-term ceasefire agreement"): what follows them is another instrument, not a re-description.
 */
export const COORDINATING_JOINERS: readonly string[] = ['and', 'or', 'as well as', 'along with'];

/**
 * Participles whose "by" makes the countries after it go-betweens of an agreement, not its sides ("the truce deal,
 * brokered by Russia and the United States"; "a ceasefire mediated by Qatar and Egypt"; "a reconciliation dialogue hosted
 * by Beijing"; "a truce arranged by Egypt").
 */
export const BROKER_PARTICIPLES: ReadonlySet<string> = new Set([
  'brokered',
  'arranged',
  'mediated',
  'guaranteed',
  'facilitated',
  'sponsored',
  'co-sponsored',
  'hosted',
]);

/** Words that may stand between "brokered by" and a broker it names ("by Russia and the United States"). */
export const BROKER_LIST_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'both']);

/** Nouns after a nationality that make its country a go-between, not a side ("Qatari mediators", "Egyptian hosts"). */
export const GO_BETWEEN_NOUNS: ReadonlySet<string> = new Set([
  'mediator',
  'mediators',
  'mediation',
  'facilitator',
  'facilitators',
  'broker',
  'brokers',
  'guarantor',
  'guarantors',
  'host',
  'hosts',
]);

/**
 * Verbs of an onlooker's approval: a country that "welcomed", "hailed" or "commended" an agreement in a sentence
 * ("Iran's Foreign Ministry welcomed a truce deal reached between the warring sides") is its onlooker there, not
 * its side.
 */
export const ONLOOKER_VERBS: ReadonlySet<string> = new Set([
  'welcomed',
  'welcomes',
  'hailed',
  'hails',
  'praised',
  'praises',
  'commended',
  'commends',
  'lauded',
  'lauds',
  'applauded',
  'applauds',
  'congratulated',
  'congratulates',
]);

/** Auxiliaries and adverbs between an onlooker and its verb ("has also welcomed"). */
export const ONLOOKER_VERB_FILLERS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'also',
  'on',
  "'s",
  '’s',
]);

/**
 * Verbs by which a country presses the sides of an agreement ("Saudi Arabia and the United States urged both parties
 * to observe the ceasefire"): with the sides as object, the subject is a go-between or an onlooker, not a side.
 */
export const URGING_VERBS: ReadonlySet<string> = new Set([
  'urge',
  'urges',
  'urged',
  'urging',
  'encouraged',
  'encourages',
  'pressed',
  'presses',
]);

/** Nouns that name the sides of a conflict or a deal as the object of an urging verb ("urged both parties"). */
export const SIDE_NOUNS: ReadonlySet<string> = new Set([
  'parties',
  'sides',
  'rivals',
  'factions',
  'belligerents',
]);

/**
 * Words before a side noun that make the sides a war's ("Sudan's warring parties", "the rival factions in Libya"):
 * named with one country, they are that country's sides, not a pair of countries.
 */
export const WARRING_SIDE_MODIFIERS: ReadonlySet<string> = new Set([
  'warring',
  'rival',
  'feuding',
  'conflicting',
]);

/** Words between a country's name and its warring sides ("Sudan's two warring factions", "Libya's two main ..."). */
export const WARRING_SIDE_FILLERS: ReadonlySet<string> = new Set(['two', 'main', 'three', 'various']);

/** Prepositions after warring sides that name their country ("warring parties in Yemen", "rival factions of ..."). */
export const WARRING_SIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of']);

/** Words before a side noun in that object ("both", "the two", "the warring"). */
export const SIDE_NOUN_FILLERS: ReadonlySet<string> = new Set([
  'both',
  'the',
  'two',
  'warring',
  'rival',
  'conflicting',
]);

/** Words before a nationality that make its bearer act for no state ("former Nigerian President X" as a mediator). */
export const NOT_ACTING_MODIFIERS: ReadonlySet<string> = new Set(['former', 'ex']);

/**
 * Go-between nouns that make a country a go-between for the whole article wherever it is named ("US and Saudi
 * mediators said ..." then "Saudi Arabia" alone): a host ("Egyptian hosts") is only the setting of one event.
 */
export const ARTICLE_GO_BETWEEN_NOUNS: ReadonlySet<string> = new Set(
  [...GO_BETWEEN_NOUNS].filter((w) => w !== 'host' && w !== 'hosts'),
);

/** Words that may stand between go-betweens and their noun or verb ("Qatar, Egypt and the United States to broker"). */
export const GO_BETWEEN_LINK_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'both', 'to']);

/** Verbs right after a country that make it a go-between ("Qatar mediates ...", "Turkey brokered the truce"). */
export const GO_BETWEEN_VERBS: ReadonlySet<string> = new Set([
  'mediates',
  'mediated',
  'mediating',
  'brokers',
  'brokered',
]);

/**
 * Forms of "help" after a country that, before a go-between's verb, make it a go-between ("Egypt helps broker a
 * ceasefire", "thanked Egypt for helping secure the truce"): it helped the sides to their deal, it is none of them.
 */
export const GO_BETWEEN_HELP_WORDS: ReadonlySet<string> = new Set(['help', 'helps', 'helped', 'helping']);

/** A go-between's verbs after a form of "help" ("helped broker", "helps to mediate", "helping secure"). */
export const HELPED_GO_BETWEEN_VERBS: ReadonlySet<string> = new Set(['broker', 'mediate', 'secure']);

/** Nouns whose "of"/"by" names go-betweens when the deal follows ("the efforts of Qatar and Egypt to reach a truce"). */
export const GO_BETWEEN_EFFORT_NOUNS: ReadonlySet<string> = new Set(['efforts']);

/** Prepositions after an effort noun that name whose efforts they are ("efforts of Qatar", "efforts by Egypt"). */
export const EFFORT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'by']);

/** Words that may stand between go-betweens in a list after "efforts of" ("of Qatar, Egypt and the US"). */
export const EFFORT_LIST_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'both']);

/** Auxiliaries before what the efforts did ("Egyptian efforts have resulted in a ceasefire"). */
export const EFFORT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Words after "to" or "in" that make efforts a go-between's ("efforts ... to reach", "... in brokering the deal"). */
export const EFFORT_GOAL_VERBS: ReadonlySet<string> = new Set([
  'reach',
  'reaching',
  'broker',
  'brokering',
  'secure',
  'securing',
  'facilitate',
  'facilitating',
  'mediate',
]);

/** Verbs whose subject, go-betweens' efforts, brought about the deal ("Omani efforts resulted in an agreement"). */
export const EFFORT_RESULT_VERBS: ReadonlySet<string> = new Set(['resulted', 'secured', 'brokered']);

/**
 * Verbs right after a country that make it a go-between only when what follows is the talks or the deal it helped
 * along ("Afghan authorities facilitated the discussions"); "Pakistan facilitated visas" says nothing of a side.
 */
export const FACILITATION_VERBS: ReadonlySet<string> = new Set([
  'facilitated',
  'facilitates',
  'facilitating',
]);
export const FACILITATED_OBJECTS: ReadonlySet<string> = new Set([
  'talks',
  'negotiations',
  'discussions',
  'dialogue',
  'deal',
  'agreement',
  'ceasefire',
  'truce',
]);

/**
 * Words of a government between its country and a go-between's verb: "Afghan authorities facilitated", "the
 * interim Afghan government had facilitated", "Turkey has brokered", or the relative pronoun of a clause that says
 * it brokered ("a joint communique with China, which brokered the agreement").
 */
export const GO_BETWEEN_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'authorities',
  'government',
  'has',
  'had',
  'have',
  'which',
]);

/** Nouns after a nationality that make it the setting of a signing ("in the South African capital Pretoria"). */
export const SETTING_NOUNS: ReadonlySet<string> = new Set(['capital', 'city', 'port', 'town', 'resort']);

/**
 * Nouns for a part of a country after its name or nationality: "Somalia's breakaway region of Somaliland", "the
 * breakaway Somali region of Somaliland", "Iraq's semi-autonomous Kurdistan region". The part, not the country, is the
 * side of a deal made with it.
 */
export const COUNTRY_PART_NOUNS: ReadonlySet<string> = new Set([
  'enclave',
  'province',
  'region',
  'territory',
]);

/**
 * Words that make a country's part a side of its own ("Somalia's breakaway region", "the self-declared republic"):
 * without one, "Ukraine's Donetsk region" is only a place the country's own deal is about.
 */
export const SEPARATE_PART_WORDS: ReadonlySet<string> = new Set([
  'autonomous',
  'breakaway',
  'rebel-held',
  'secessionist',
  'self-declared',
  'self-proclaimed',
  'semi-autonomous',
  'separatist',
]);

/** How many words may describe a country's part before its noun ("breakaway", "semi-autonomous Kurdistan"). */
export const COUNTRY_PART_REACH = 2;

/** Prepositions before a country that make it the setting, not a side ("signed in South Africa", "talks in Qatar"). */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);

/**
 * Nouns for a country's ground after a setting's preposition and before "of": "sign the deal on the territory of
 * Zembla", "on the soil of Zembla" say where it would be signed; the country is no side of it.
 */
export const SETTING_GROUND_NOUNS: ReadonlySet<string> = new Set(['territory', 'soil']);
/** Prepositions that open such a ground ("on the territory of", "in the territory of"). */
export const SETTING_GROUND_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in']);

/**
 * Prepositions that open a meeting's frame after an agreement ("signed at the summit in Hanoi", "agreed during
 * talks in Doha"): an "in" past them is the meeting's place, not the agreement's.
 */
export const MEETING_FRAME_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'during']);

/** Words of a region that may stand between a setting's preposition and its country ("in southern Syria"). */
export const SETTING_REGION_WORDS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);

/** Words of nearness that may stand between a setting's preposition and its country ("in neighbouring Ethiopia"). */
export const SETTING_NEARNESS_WORDS: ReadonlySet<string> = new Set(['neighbouring', 'neighboring', 'nearby']);

/**
 * Words of regard a wire story may set before a country it places a city in ("Juba, the capital of brotherly South
 * Sudan"): the country still only says where the city is.
 */
export const CITY_COUNTRY_EPITHETS: ReadonlySet<string> = new Set(['brotherly', 'sisterly', 'friendly']);

/**
 * Words that may follow an agreement's short name inside its full one: "Strategic Mutual Defense Agreement"
 * is the "... Agreement between Saudi Arabia and Pakistan", "Trans-Pacific Strategic Economic Partnership" the
 * "... Partnership Agreement"; "Additional Protocols to the Treaty of X" is another instrument.
 */
export const NAME_TAIL_OPENERS: ReadonlySet<string> = new Set([
  'between',
  'among',
  'with',
  'agreement',
  'treaty',
  'accord',
  'pact',
]);

/**
 * Subject words that may stand between a well-known agreement's name and its kind noun ("the USMCA trade deal", "the
 * JCPOA nuclear deal", "the AUKUS security pact"): the phrase is that agreement.
 */
export const KNOWN_NAME_KIND_MODIFIERS: ReadonlySet<string> = new Set([
  'nuclear',
  'trade',
  'free-trade',
  'peace',
  'arms',
  'arms-control',
  'security',
  'defence',
  'defense',
  'climate',
  'grain',
  'ceasefire',
  'border',
  'water',
  'economic',
  'partnership',
]);

/**
 * Words of an agreement's name or description that tell no instrument from another of its kind and parties: kind
 * nouns, their joiners, praise, blame or novelty, and how many sides sign it ("the new Friendship Treaty", "a historic Treaty
 * of Friendship", "this new Memorandum of Understanding", "the trilateral statement" are one instrument by their
 * remaining words).
 */
export const INSTRUMENT_GENERIC_WORDS: ReadonlySet<string> = new Set([
  'agreement',
  'agreements',
  'treaty',
  'treaties',
  'pact',
  'accord',
  'accords',
  'deal',
  'memorandum',
  'memoranda',
  'understanding',
  'mou',
  'mous',
  'declaration',
  'statement',
  'document',
  'the',
  'and',
  'between',
  'new',
  'historic',
  'historical',
  'landmark',
  // Blame: how a critic judges the deal in view ("the treasonous agreement"), not what it is about.
  'treasonous',
  'dangerous',
  'bilateral',
  'trilateral',
  'tripartite',
]);

/**
 * Counts and amounts before a kind word: they say how many or how much, not which agreement ("the meeting ten
 * agreements were signed", "only one agreement", "a single agreement", "the $200 billion trade agreement").
 */
export const QUANTITY_MODIFIERS: ReadonlySet<string> = new Set([
  'one',
  'single',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'dozens',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
]);

/**
 * Verbs that set an agreement after an earlier occasion ("The agreement follows PM Shehbaz's visit to Turkey in May",
 * "the deal came after a meeting held in June"): what was said at that occasion, in a clause opened by one of
 * EARLIER_OCCASION_OPENERS, predates the agreement and is not about it. "came"/"comes" only before "after".
 */
export const EARLIER_OCCASION_VERBS: ReadonlySet<string> = new Set(['follows', 'followed', 'comes', 'came']);
/** The word "comes"/"came" needs after it to set the agreement after an occasion ("came after"). */
export const EARLIER_OCCASION_AFTER: ReadonlySet<string> = new Set(['after']);
/** Verbs of EARLIER_OCCASION_VERBS that need EARLIER_OCCASION_AFTER ("came after", not "came into force"). */
export const EARLIER_OCCASION_NEEDS_AFTER: ReadonlySet<string> = new Set(['comes', 'came']);
/** Words opening the clause that tells what happened at the earlier occasion ("... in May, when he stressed ..."). */
export const EARLIER_OCCASION_OPENERS: ReadonlySet<string> = new Set(['when', 'where']);
/**
 * Kind nouns a bare reference ("the deal", "the agreement's implementation") uses as the word the article itself
 * has called its agreement by: when the one just named never went by it and the story's earlier, no less mentioned
 * one did, the reference is that one (after "the peace deal ... violating the permanent ceasefire", "the deal").
 */
export const KIND_WORD_REFERENCE_NOUNS: ReadonlySet<string> = new Set([
  'agreement',
  'deal',
  'accord',
  'pact',
  'treaty',
]);

/**
 * Words of a founding instrument's name ("Charter of the United Nations", "Constitutive Act of the African Union"):
 * an organisation's rules, cited as the ground of what is said rather than what it is about.
 */
export const FOUNDING_INSTRUMENT_NAME_WORDS: ReadonlySet<string> = new Set([
  'charter',
  'constitution',
  'statute',
]);

/**
 * What cites an instrument as the ground of the relations or acts a sentence reports ("by adhering to the United
 * Nations Charter, the Charter of the OIC ...", "based on the UN Charter"). Lowercase phrases, matched whole.
 */
export const BASIS_CUES: readonly string[] = [
  'adhering to',
  'adherence to',
  'based on',
  'on the basis of',
  'in accordance with',
  'consistent with',
  'in line with',
  'in conformity with',
  'respect for',
  'respecting',
  'enshrined in',
];

/** Words that may stand between a basis cue and the instrument it cites, or between listed instruments. */
export const BASIS_LIST_WORDS: readonly string[] = [
  'the',
  'and',
  'of',
  'its',
  'their',
  'purposes',
  'principles',
  'provisions',
  'norms',
];

/**
 * What an agreement brings about, once made ("welcomed the release of the hostages", "the return of displaced
 * people", "the reopening of the crossing", "looking forward to the implementation of the releases"): after "the",
 * a reaction to what the agreement in view does, so about it.
 */
export const CONSEQUENCE_NOUNS: ReadonlySet<string> = new Set([
  'release',
  'releases',
  'return',
  'reopening',
  'exchange',
  'exchanges',
  'swap',
  'handover',
]);
/** Words that open a consequence's noun phrase ("the release of", "these releases"); not "that", as often a conjunction. */
export const CONSEQUENCE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'these']);
/** Words right after a consequence noun that make it something else ("the return to dialogue"). */
export const CONSEQUENCE_OTHER_COMPLEMENTS: ReadonlySet<string> = new Set(['to']);
/**
 * Words before "the release of ..." that ask for it, so nothing has happened yet ("called for the release of all
 * hostages", "efforts to secure the release", "demanded the immediate release"): no consequence of an agreement.
 */
export const CONSEQUENCE_ASKING_WORDS: ReadonlySet<string> = new Set([
  'for',
  'secure',
  'securing',
  'seek',
  'seeking',
  'demand',
  'demands',
  'demanded',
  'demanding',
  'urge',
  'urges',
  'urged',
  'urging',
  'negotiate',
  'negotiating',
  'ensure',
  'ensuring',
  'without',
  'no',
  'about',
]);
/**
 * Words in or right after a consequence's noun phrase that make it a demand ("the unconditional and immediate release
 * of hostages", "the full release of all hostages", "the return of all the hostages"): the goal of a side, not what
 * the agreement in view has brought about ("the release of the four hostages").
 */
export const CONSEQUENCE_DEMAND_WORDS: ReadonlySet<string> = new Set([
  'immediate',
  'unconditional',
  'full',
  'complete',
  'all',
  'every',
  'remaining',
]);
/** How many words after a consequence's "of" may say it is a demand ("of all the", "of the remaining"). */
export const CONSEQUENCE_DEMAND_MAX_AFTER = 2;

/**
 * Nouns a speaker judges the news by ("the first step toward a new beginning", "a historical day for Africa", "a new
 * chapter with Iran"), with a judging modifier before them (DEAL_VERDICT_MODIFIERS): said right after an agreement is
 * told, a verdict on it with no word naming it. Not "the right path", "the right direction": said of whatever its
 * subject is ("the neighborhood policy is moving in the right direction", "Africa is moving on the right path").
 */
export const DEAL_VERDICT_NOUNS: ReadonlySet<string> = new Set([
  'step',
  'beginning',
  'chapter',
  'page',
  'era',
  'day',
  'moment',
  'milestone',
  'breakthrough',
  'achievement',
  'accomplishment',
]);

/** The modifiers that make such a noun a verdict ("first step", "new chapter", "great day", "major step"). */
export const DEAL_VERDICT_MODIFIERS: ReadonlySet<string> = new Set([
  'first',
  'new',
  'historic',
  'historical',
  'great',
  'major',
  'important',
  'significant',
  'positive',
  'giant',
  'big',
  'landmark',
  'welcome',
  'crucial',
  'critical',
  'decisive',
  'fundamental',
]);

/** How many words may stand between a verdict's modifier and its noun ("a new and brighter chapter"). */
export const DEAL_VERDICT_MAX_GAP = 2;

/**
 * What a side of an agreement is said to be bound to do under it ("Khartoum expected the rebels to reciprocate",
 * "Israel will maintain its freedom of action", "cross-border attacks from Afghan territory will be halted"): a
 * future or obligation right after the side's name, in words that go on from the same speaker's words on it.
 */
export const SIDE_TERM_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'must', 'expected']);
/** How many words may stand between the side's name and its modal ("Afghanistan's territory will", "Israel also would"). */
export const SIDE_TERM_MAX_BEFORE = 3;

/**
 * Words that set a quote on the day it is spoken ("We are building peace in the region today", "Today marks our
 * pledge"): from a signer of the agreement the article reports, the day of the signing.
 */
export const SIGNING_DAY_WORDS: ReadonlySet<string> = new Set(['today']);
