// The event vocabulary as data: PLOVER categories (what an act is), the CAMEO codes we code acts with, their
// Goldstein intensity and the CAMEO -> PLOVER correspondence. Read by extract/events, the API and docs/events.md.
//
// Sources, for every value below:
// - Categories, their definitions (paraphrased) and modes: the PLOVER manual, Draft 0.8 (Schrodt, Halterman et
//   al., 17 September 2021), github.com/openeventdata/PLOVER, PLOVER_MANUAL.tex, chapter "Event Categories".
// - CAMEO code -> PLOVER category and mode: CAMEO2PLOVER-2021.txt in the same repository (one row per code).
// - Goldstein score of each CAMEO code: the table GDELT publishes for its CAMEO events,
//   https://www.gdeltproject.org/data/lookups/CAMEO.goldsteinscale.txt (Goldstein 1992, "A conflict-cooperation
//   scale for WEIS events data", J. Conflict Resolution 36(2), extended to CAMEO by the Kansas Event Data
//   System). The example values of issue #14 (041 +1.0, 042 +1.9, 043 +2.8, 046 +7.0, 057 +8.0, 0871 +9.0,
//   111 -2.0, 127 -5.0, 131..138 -5.8..-7.0, 161 -4.0, 163 -8.0) are rows of that table.

export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];

/** PLOVER's quad categories: the four-way split event data is often charted by. */
export type Quad = 'verbal cooperation' | 'material cooperation' | 'verbal conflict' | 'material conflict';

export interface CategoryDefinition {
  quad: Quad;
  /** Paraphrase of the PLOVER manual's definition. */
  definition: string;
  /** The modes the PLOVER manual defines for the category (CONSULT, RETREAT, REQUEST/REJECT, ACCUSE, ...). */
  modes: readonly string[];
}

export const CATEGORY_DEFINITIONS: Readonly<Record<PloverCategory, CategoryDefinition>> = {
  AGREE: {
    quad: 'verbal cooperation',
    definition:
      'Agree to, offer, promise or otherwise commit to cooperate, including promises to sign or ratify agreements.',
    modes: [],
  },
  CONSULT: {
    quad: 'verbal cooperation',
    definition: 'Meetings, visits, calls and negotiations between actors.',
    modes: ['phone', 'visit', 'third-party', 'multilateral'],
  },
  SUPPORT: {
    quad: 'verbal cooperation',
    definition:
      'Diplomatic cooperation: praise, endorse or defend another actor, recognize it, or sign a formal agreement with it.',
    modes: [],
  },
  CONCEDE: {
    quad: 'material cooperation',
    definition: 'Yield to demands: ease restrictions, accept demands for reform or policy change.',
    modes: [],
  },
  COOPERATE: {
    quad: 'material cooperation',
    definition: 'Material cooperation: economic, military, judicial or intelligence cooperation.',
    modes: [],
  },
  AID: {
    quad: 'material cooperation',
    definition: 'Provide economic, military or humanitarian aid, protection or asylum.',
    modes: [],
  },
  RETREAT: {
    quad: 'material cooperation',
    definition:
      'De-escalate: release, return, ease sanctions, allow access, declare a ceasefire, withdraw forces.',
    modes: ['release', 'return', 'ease', 'access', 'ceasefire', 'withdraw', 'disarm'],
  },
  REQUEST: {
    quad: 'verbal conflict',
    definition: 'Ask or demand that another actor act: assist, change policy, yield, meet or negotiate.',
    modes: ['assist', 'change', 'yield', 'meet'],
  },
  ACCUSE: {
    quad: 'verbal conflict',
    definition:
      'Disapprove of, criticize, denounce or accuse another actor; complain officially; investigate.',
    modes: ['disapprove', 'allege', 'investigate'],
  },
  REJECT: {
    quad: 'verbal conflict',
    definition: 'Reject a proposal, request, demand, mediation or agreement; refuse to yield; veto.',
    modes: ['assist', 'change', 'yield', 'meet'],
  },
  THREATEN: {
    quad: 'verbal conflict',
    definition: 'Threaten or warn of a future harmful act (the mode is the content of the threat).',
    modes: ['relations', 'restrict', 'ban', 'expel', 'violence', 'territory'],
  },
  PROTEST: {
    quad: 'verbal conflict',
    definition: 'Political dissent: demonstrations, hunger strikes, boycotts, obstruction, riots.',
    modes: ['demo', 'hunger', 'boycott', 'obstruct', 'riot'],
  },
  SANCTION: {
    quad: 'material conflict',
    definition:
      'Reduce relations: break or reduce diplomatic relations, stop aid, halt negotiations, expel or withdraw.',
    modes: ['withdraw', 'discontinue', 'expel'],
  },
  MOBILIZE: {
    quad: 'material conflict',
    definition: 'Show or raise military or police power: alerts, mobilization.',
    modes: ['troops', 'police'],
  },
  COERCE: {
    quad: 'material conflict',
    definition:
      'Coercion short of violence: embargoes and sanctions, seizures, arrests, deportations, blockades.',
    modes: ['restrict', 'seize', 'arrest', 'deport', 'ban'],
  },
  ASSAULT: {
    quad: 'material conflict',
    definition:
      'Violence: attacks, bombings, assassinations, conventional and unconventional military force.',
    modes: [],
  },
};

export interface CameoCode {
  /** CAMEO's name of the code. */
  name: string;
  category: PloverCategory;
  /** The PLOVER mode CAMEO2PLOVER-2021.txt gives the code, or null. */
  mode: string | null;
  /** Goldstein score (GDELT's CAMEO.goldsteinscale.txt): -10 most conflictual, +10 most cooperative. */
  goldstein: number;
}

/**
 * The CAMEO codes diplograph codes acts with. Category and mode are CAMEO2PLOVER-2021.txt's row for the code,
 * except where noted; the Goldstein score is GDELT's row for the same code.
 */
export const CAMEO_CODES = {
  // PLOVER drops CAMEO 02 (APPEAL); its REQUEST ("ask ... that another actor act") covers an appeal, so we code
  // "urged", "called on" as REQUEST and keep the appeal's own Goldstein score.
  '020': { name: 'Make an appeal or request', category: 'REQUEST', mode: null, goldstein: 3.0 },
  '030': { name: 'Express intent to cooperate', category: 'AGREE', mode: null, goldstein: 4.0 },
  '036': { name: 'Express intent to meet or negotiate', category: 'AGREE', mode: null, goldstein: 4.0 },
  '040': { name: 'Consult', category: 'CONSULT', mode: null, goldstein: 1.0 },
  '041': { name: 'Discuss by telephone', category: 'CONSULT', mode: 'phone', goldstein: 1.0 },
  '042': { name: 'Make a visit', category: 'CONSULT', mode: 'visit', goldstein: 1.9 },
  '043': { name: 'Host a visit', category: 'CONSULT', mode: 'visit', goldstein: 2.8 },
  '044': { name: "Meet at a 'third' location", category: 'CONSULT', mode: 'third-party', goldstein: 2.5 },
  '046': { name: 'Engage in negotiation', category: 'CONSULT', mode: null, goldstein: 7.0 },
  '051': { name: 'Praise or endorse', category: 'SUPPORT', mode: null, goldstein: 3.4 },
  '052': { name: 'Defend verbally', category: 'SUPPORT', mode: null, goldstein: 3.5 },
  '057': { name: 'Sign formal agreement', category: 'SUPPORT', mode: null, goldstein: 8.0 },
  '060': { name: 'Engage in material cooperation', category: 'COOPERATE', mode: null, goldstein: 6.0 },
  '070': { name: 'Provide aid', category: 'AID', mode: null, goldstein: 7.0 },
  '080': { name: 'Yield', category: 'CONCEDE', mode: null, goldstein: 5.0 },
  '0871': { name: 'Declare truce, ceasefire', category: 'RETREAT', mode: 'ceasefire', goldstein: 9.0 },
  // CAMEO2PLOVER maps all of 10x to REQUEST; its 100 row has no mode.
  '100': { name: 'Demand', category: 'REQUEST', mode: null, goldstein: -5.0 },
  '111': { name: 'Criticize or denounce', category: 'ACCUSE', mode: 'disapprove', goldstein: -2.0 },
  '112': { name: 'Accuse', category: 'ACCUSE', mode: 'disapprove', goldstein: -2.0 },
  '114': { name: 'Complain officially', category: 'ACCUSE', mode: 'allege', goldstein: -2.0 },
  '120': { name: 'Reject', category: 'REJECT', mode: null, goldstein: -4.0 },
  '125': {
    name: 'Reject proposal to meet, discuss, negotiate',
    category: 'REJECT',
    mode: 'meet',
    goldstein: -5.0,
  },
  '127': {
    name: 'Reject plan, agreement to settle dispute',
    category: 'REJECT',
    mode: 'meet',
    goldstein: -5.0,
  },
  '130': { name: 'Threaten', category: 'THREATEN', mode: null, goldstein: -4.4 },
  '131': { name: 'Threaten non-force', category: 'THREATEN', mode: null, goldstein: -5.8 },
  '138': { name: 'Threaten with military force', category: 'THREATEN', mode: 'violence', goldstein: -7.0 },
  '160': { name: 'Reduce relations', category: 'SANCTION', mode: null, goldstein: -4.0 },
  '161': {
    name: 'Reduce or break diplomatic relations',
    category: 'SANCTION',
    mode: 'withdraw',
    goldstein: -4.0,
  },
  // CAMEO2PLOVER-2021 maps 163 to COERCE (mode restrict), not SANCTION: we follow it.
  '163': {
    name: 'Impose embargo, boycott, or sanctions',
    category: 'COERCE',
    mode: 'restrict',
    goldstein: -8.0,
  },
  '164': { name: 'Halt negotiations', category: 'SANCTION', mode: 'withdraw', goldstein: -7.0 },
  '166': { name: 'Expel or withdraw', category: 'SANCTION', mode: 'expel', goldstein: -7.0 },
  '190': { name: 'Use conventional military force', category: 'ASSAULT', mode: null, goldstein: -10.0 },
} as const satisfies Record<string, CameoCode>;
export type CameoCodeId = keyof typeof CAMEO_CODES;

export function cameoCode(code: CameoCodeId): CameoCode {
  return CAMEO_CODES[code];
}

/** Events whose intensity is above zero count as cooperation, below zero as conflict. */
export function isCooperation(intensity: number): boolean {
  return intensity > 0;
}
