// The synthetic world articles are written about: 190+ real countries, generated leaders, agreements and
// meetings, all ranked for Zipf-like popularity. Pure: a function of the seed and world-countries' data.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { Culture } from './name-pools.ts';
import { personName, surnameOf } from './person-names.ts';
import { Rng, Zipf } from './prng.ts';
import { AGENCIES, AGREEMENT_KINDS, ORGS, PROMINENT, type Agency, type Org } from './world-data.ts';
import { randomDate } from './dates.ts';

// The package is CommonJS whose types declare an ES default export; require() gives the array as typed.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

export type Title =
  | 'President'
  | 'Prime Minister'
  | 'Foreign Minister'
  | 'Deputy Foreign Minister'
  | 'Defense Minister'
  | 'national security adviser'
  | 'ambassador'
  | 'spokesperson';

export interface Country {
  id: string;
  name: string;
  /** "the United States": the name as it reads inside a sentence. */
  inSentence: string;
  capital: string;
  demonym: string;
  culture: Culture;
}

export interface Leader {
  name: string;
  surname: string;
  title: Title;
  country: Country;
  /** For ambassadors: the country they are posted to. */
  postedTo?: Country;
}

export type AgreementStatus = 'signed' | 'ratified' | 'suspended' | 'withdrawn' | 'negotiating' | 'proposed';

export interface Agreement {
  name: string;
  kind: string;
  /** "the treaty", "the pact": the second-reference noun. */
  noun: string;
  parties: [Country, Country];
  /** YYYY-MM-DD; for agreements still being negotiated, when talks began. */
  date: string;
  place: string;
  status: AgreementStatus;
}

export type MeetingKind = 'summit' | 'talks' | 'visit' | 'call' | 'conference';

export interface Meeting {
  name: string;
  kind: MeetingKind;
  host: Country;
  guest: Country;
  org?: Org;
  place: string;
  date: string;
}

export interface World {
  countries: Zipf<Country>;
  leaders: ReadonlyMap<string, readonly Leader[]>;
  allLeaders: readonly Leader[];
  agreements: Zipf<Agreement>;
  /** Agreements signed or ratified inside the corpus window: what a signing story can report. */
  recentlySigned: Zipf<Agreement>;
  /** Agreements by pairKey of their parties, most popular first. */
  agreementsByPair: ReadonlyMap<string, readonly Agreement[]>;
  meetings: Zipf<Meeting>;
  agencies: Zipf<Agency>;
  orgs: Zipf<Org>;
  /** Bylines recur too: a few correspondents write much of the coverage. */
  reporters: Zipf<string>;
}

/** Publication dates of the corpus fall in this window. */
export const CORPUS_START = '2023-01-01';
export const CORPUS_END = '2025-06-30';

export const WORLD_SIZE = { agreements: 420, meetings: 520 } as const;

const WITH_ARTICLE =
  /^(?:United|Philippines|Netherlands|Bahamas|Gambia|Maldives|Marshall|Solomon|Comoros|Seychelles|Central African|Dominican Republic|Republic of)/;
const FULL_CABINET: readonly Title[] = [
  'Foreign Minister',
  'Deputy Foreign Minister',
  'Defense Minister',
  'national security adviser',
  'spokesperson',
  'ambassador',
];

function cultureOf(id: string, subregion: string, languages: Record<string, string>): Culture {
  if (id === 'KOR' || id === 'PRK') return 'korean';
  if (id === 'JPN') return 'japanese';
  if (id === 'CHN' || id === 'TWN' || id === 'SGP' || id === 'MNG') return 'chinese';
  if (['RUS', 'UKR', 'BLR', 'MDA', 'ARM', 'GEO', 'AZE'].includes(id) || subregion === 'Central Asia')
    return 'russian';
  if (subregion === 'Southern Asia') return id === 'IRN' || id === 'AFG' ? 'arabic' : 'indian';
  if (subregion === 'South-Eastern Asia') return 'southeast-asian';
  if (id === 'ISR') return 'western';
  if (languages.ara !== undefined || id === 'TUR') return 'arabic';
  if (/Africa/.test(subregion)) return 'african';
  if (languages.spa !== undefined || languages.por !== undefined) return 'latin';
  return 'western';
}

function loadCountries(rng: Rng): Country[] {
  const selected = countries
    .filter((c) => c.unMember || c.cca3 === 'PSE' || c.cca3 === 'VAT')
    .filter((c) => c.capital.length > 0 && c.demonyms.eng !== undefined)
    .sort((a, b) => (a.cca3 < b.cca3 ? -1 : 1))
    .map((c): Country => {
      const name = c.name.common;
      return {
        id: c.cca3,
        name,
        inSentence: WITH_ARTICLE.test(name) ? `the ${name}` : name,
        capital: c.capital[0]!,
        demonym: c.demonyms.eng!.m.split(/ or |, /)[0]!,
        culture: cultureOf(c.cca3, c.subregion, c.languages),
      };
    });
  const prominent = PROMINENT.map((id) => selected.find((c) => c.id === id)!).filter(Boolean);
  const rest = rng.shuffle(selected.filter((c) => !(PROMINENT as readonly string[]).includes(c.id)));
  return [...prominent, ...rest];
}

function makeLeaders(rng: Rng, ranked: readonly Country[]): Map<string, Leader[]> {
  const used = new Set<string>();
  const byCountry = new Map<string, Leader[]>();
  ranked.forEach((country, rank) => {
    const make = (title: Title, postedTo?: Country): Leader => {
      const name = personName(rng, country.culture, used);
      return { name, surname: surnameOf(name, country.culture), title, country, postedTo };
    };
    const heads: Title[] =
      rank < 40 || rng.chance(0.3)
        ? ['President', 'Prime Minister']
        : [rng.pick(['President', 'Prime Minister'] as const)];
    const cabinet = rank < 40 ? FULL_CABINET : rng.shuffle(FULL_CABINET).slice(0, rank < 100 ? 2 : 1);
    const leaders = [...heads, ...cabinet].map((title) =>
      make(title, title === 'ambassador' ? ranked[rng.int(Math.min(ranked.length, 30))] : undefined),
    );
    byCountry.set(
      country.id,
      leaders.filter((l) => l.postedTo?.id !== country.id),
    );
  });
  return byCountry;
}

function pair(rng: Rng, zipf: Zipf<Country>): [Country, Country] {
  const a = zipf.sample(rng);
  for (;;) {
    const b = zipf.sample(rng);
    if (b.id !== a.id) return [a, b];
  }
}

const STATUSES: readonly AgreementStatus[] = [
  'signed',
  'signed',
  'signed',
  'ratified',
  'ratified',
  'suspended',
  'withdrawn',
  'negotiating',
  'proposed',
];

export function agreementName(parties: readonly [Country, Country], kind: string): string {
  return `${parties[0].name}–${parties[1].name} ${kind}`;
}

export function pairKey(a: Country, b: Country): string {
  return a.id < b.id ? `${a.id}-${b.id}` : `${b.id}-${a.id}`;
}

function makeAgreements(rng: Rng, zipf: Zipf<Country>): Agreement[] {
  const agreements: Agreement[] = [];
  const names = new Set<string>();
  while (agreements.length < WORLD_SIZE.agreements) {
    const parties = pair(rng, zipf);
    const { name: kind, noun } = rng.pick(AGREEMENT_KINDS);
    const name = agreementName(parties, kind);
    if (names.has(name)) continue;
    names.add(name);
    const place = rng.pick(parties).capital;
    agreements.push({
      name,
      kind,
      noun,
      parties,
      date: randomDate(rng, '2015-01-01', '2024-12-31'),
      place,
      status: rng.pick(STATUSES),
    });
  }
  return agreements;
}

function makeMeetings(rng: Rng, zipf: Zipf<Country>, orgs: Zipf<Org>): Meeting[] {
  const meetings: Meeting[] = [];
  const kinds: readonly MeetingKind[] = ['summit', 'talks', 'talks', 'visit', 'call', 'conference'];
  while (meetings.length < WORLD_SIZE.meetings) {
    const [host, guest] = pair(rng, zipf);
    const kind = rng.pick(kinds);
    const date = randomDate(rng, '2018-01-01', '2025-06-30');
    if (kind === 'conference') {
      const org = orgs.sample(rng);
      const name = `${org.short} ${rng.pick(['summit', 'foreign ministers’ meeting', 'ministerial conference'])} in ${host.capital}`;
      meetings.push({ name, kind, host, guest, org, place: host.capital, date });
    } else {
      const label =
        kind === 'call' ? 'phone call' : kind === 'visit' ? `state visit to ${host.inSentence}` : kind;
      const name = kind === 'visit' ? `${guest.demonym} ${label}` : `${host.name}–${guest.name} ${label}`;
      meetings.push({
        name,
        kind,
        host,
        guest,
        place: host.capital,
        date,
      });
    }
  }
  return meetings;
}

const REPORTER_CULTURES: readonly Culture[] = [
  'western',
  'korean',
  'japanese',
  'indian',
  'latin',
  'arabic',
  'african',
];

function makeReporters(rng: Rng): string[] {
  const used = new Set<string>();
  return Array.from({ length: 60 }, () => personName(rng, rng.pick(REPORTER_CULTURES), used));
}

/** The same seed builds the same world: countries ranked, people named, treaties dated. */
export function buildWorld(seed: number): World {
  const rng = new Rng(seed);
  const ranked = loadCountries(rng.fork(1));
  const countryZipf = new Zipf(ranked, 1.0);
  const leaders = makeLeaders(rng.fork(2), ranked);
  const orgs = new Zipf(ORGS, 1.1);
  const agreements = makeAgreements(rng.fork(3), countryZipf);
  const agreementsByPair = new Map<string, Agreement[]>();
  for (const agreement of agreements) {
    const key = pairKey(...agreement.parties);
    agreementsByPair.set(key, [...(agreementsByPair.get(key) ?? []), agreement]);
  }
  return {
    countries: countryZipf,
    leaders,
    allLeaders: [...leaders.values()].flat(),
    agreements: new Zipf(agreements, 1.0),
    agreementsByPair,
    recentlySigned: new Zipf(
      agreements.filter((x) => (x.status === 'signed' || x.status === 'ratified') && x.date >= CORPUS_START),
      1.0,
    ),
    meetings: new Zipf(makeMeetings(rng.fork(4), countryZipf, orgs), 1.0),
    agencies: new Zipf(rng.fork(5).shuffle(AGENCIES), 0.8),
    orgs,
    reporters: new Zipf(makeReporters(rng.fork(6)), 0.9),
  };
}
