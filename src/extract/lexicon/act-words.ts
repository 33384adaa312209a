// Vocabulary of event coding: the words that make a statement an act (with the CAMEO code they are coded as),
// the words around an act that change its modality, and the words that sharpen a code. Data only;
// extract/events reads it. Codes, categories and scores are in domain/plover-codes.ts.
import type { CameoCodeId } from '../../domain/plover-codes.ts';

/**
 * A speech or act verb (every inflection listed: rules compare lower-cased words) -> the CAMEO code of the act.
 * Neutral speech verbs ("said", "told", "added", "noted") are absent on purpose: saying is not an act.
 */
export const ACT_VERBS: Readonly<Record<string, CameoCodeId>> = Object.fromEntries(
  (
    [
      ['020', ['urged', 'urges', 'urge', 'urging', 'appealed', 'appeals', 'appeal']],
      [
        '030',
        ['agreed', 'agrees', 'pledged', 'pledges', 'pledge', 'promised', 'promises', 'offered', 'offers'],
      ],
      [
        '051',
        [
          'welcomed',
          'welcomes',
          'welcome',
          'welcoming',
          'praised',
          'praises',
          'praise',
          'hailed',
          'hails',
          'commended',
          'commends',
          'applauded',
          'applauds',
          'endorsed',
          'endorses',
          'supports',
          'support',
          'supported',
          'congratulated',
          'congratulates',
        ],
      ],
      ['052', ['defended', 'defends', 'defend', 'defending']],
      ['100', ['demanded', 'demands', 'demand', 'demanding']],
      [
        '111',
        [
          'condemned',
          'condemns',
          'condemn',
          'condemning',
          'denounced',
          'denounces',
          'denounce',
          'criticized',
          'criticised',
          'criticizes',
          'criticises',
          'criticize',
          'criticise',
          'slammed',
          'slams',
          'rebuked',
          'deplored',
          'deplores',
          'decried',
          'lambasted',
        ],
      ],
      ['112', ['accused', 'accuses', 'accuse', 'accusing', 'blamed', 'blames', 'blame', 'blaming']],
      ['114', ['protested', 'complained', 'complains']],
      ['120', ['rejected', 'rejects', 'reject', 'rejecting', 'dismissed', 'dismisses']],
      ['130', ['warned', 'warns', 'warn', 'warning', 'threatened', 'threatens', 'threaten', 'threatening']],
      ['163', ['sanctioned', 'sanctioning', 'sanction', 'sanctions', 'blacklisted', 'embargoed']],
      ['166', ['expelled', 'expels', 'expel', 'expelling']],
    ] as const
  ).flatMap(([code, words]) => words.map((word) => [word, code])),
);

/**
 * Nouns that make the content of a statement an act of its speaker ("the treaty is a kind of warning",
 * "a clear threat to ..."), coded like the verb.
 */
export const ACT_NOUNS: Readonly<Record<string, CameoCodeId>> = {
  warning: '130',
  ultimatum: '130',
  condemnation: '111',
  protest: '114',
};

/** Verbs that are acts only with a following particle ("called on Iran to", "called for talks"). */
export const ACT_PHRASES: ReadonlyArray<readonly [readonly string[], CameoCodeId]> = [
  [['called', 'on'], '020'],
  [['calls', 'on'], '020'],
  [['called', 'for'], '020'],
  [['calls', 'for'], '020'],
  [['lodged', 'a', 'protest'], '114'],
  [['imposed', 'sanctions'], '163'],
  [['imposes', 'sanctions'], '163'],
  [['imposed', 'new', 'sanctions'], '163'],
];

/** Words after "rejected" or "threatened" that sharpen the code: what was rejected, what was threatened. */
export const REFINE_AFTER: ReadonlyArray<{ from: CameoCodeId; words: readonly string[]; to: CameoCodeId }> = [
  { from: '120', words: ['talks', 'negotiations', 'meeting', 'dialogue'], to: '125' },
  {
    from: '120',
    words: ['plan', 'proposal', 'agreement', 'deal', 'treaty', 'accord', 'offer', 'ceasefire', 'truce'],
    to: '127',
  },
  {
    from: '130',
    words: ['military', 'force', 'strike', 'strikes', 'attack', 'attacks', 'war', 'nuclear', 'retaliation'],
    to: '138',
  },
  { from: '130', words: ['sanctions', 'measures', 'countermeasures', 'consequences'], to: '131' },
];

/** How far after an act word REFINE_AFTER looks, in words. */
export const REFINE_WINDOW = 8;

/** Words right before an act that negate it: "refused to condemn", "failed to sign" (wink marks not/never/n't). */
export const NEGATING_BEFORE = ['refused', 'refuses', 'declined', 'declines', 'failed', 'fails', 'without'];

/** Words before an act that report a denial of it: "denied threatening", "rejected claims that it warned". */
export const DENYING_BEFORE = ['denied', 'denies', 'deny', 'denying', 'dismissed', 'rejected', 'refuted'];

/**
 * Words that open a negation scope in wink's model or in modalityAt, seen over ~1,500 real texts (not, no, without,
 * never, prevent, eliminate, neither, nor; "n't" reads as "not") and their near kin. A sentence with none of them
 * before an act cannot have that act negated or denied, so it need not be tagged to ask.
 */
export const NEGATION_CUES: readonly string[] = [
  'not',
  'no',
  'never',
  'without',
  'neither',
  'nor',
  'none',
  'nobody',
  'nothing',
  'nowhere',
  'cannot',
  'prevent',
  'prevents',
  'prevented',
  'preventing',
  'eliminate',
  'eliminates',
  'eliminated',
  'eliminating',
  'avoid',
  'avoids',
  'avoided',
  'avoiding',
  'hardly',
  'barely',
  'scarcely',
  'lack',
  'lacks',
  'lacked',
  'lacking',
];

/** Words before an act that make it conditional or possible only. */
export const HYPOTHETICAL_BEFORE = ['would', 'could', 'might', 'if', 'unless', 'may', 'should'];

/** Words before an act that put it in the future or in a plan. */
export const FUTURE_BEFORE = [
  'will',
  'shall',
  'plans',
  'planned',
  'plan',
  'intends',
  'intend',
  'expected',
  'set',
  'ready',
  'prepared',
  'going',
  'hopes',
];

/** Words that end the clause an act sits in, looking back: modality cues before them are another clause's. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'after',
  'before',
  'when',
  'that',
  'which',
  'who',
]);

/** How far back modality cues are looked for, in words. */
export const MODALITY_WINDOW = 4;

/** A multilateral gathering of more than this many countries is no dyad: it is coded for nobody. */
export const MAX_MEETING_COUNTRIES = 4;

/** An agreement signed more than this many days before the article is history, not this article's news. */
export const RECENT_SIGNING_DAYS = 400;

/** "The two sides agreed", "both leaders pledged": nouns that, after "two" or "both", mean the story's pair of countries. */
export const PAIR_NOUNS = [
  'sides',
  'leaders',
  'countries',
  'ministers',
  'nations',
  'governments',
  'presidents',
  'diplomats',
];
