// Turns a gold annotation into the ExtractionResult a perfect extractor would return, with ids where the
// extractor writes ids. Used to check that the scorer gives every gold file 1.0 (the scorer's own sanity test).
import type { ExtractionResult } from '../../src/domain/extraction-result.ts';
import { organizationId, personId, placeId, slug } from '../../src/domain/ids.ts';
import type { GoldFile } from './gold-schema.ts';
import { normalizeName } from './normalize.ts';

const COUNTRY_ID = /^[A-Z]{3}$/;
const evidence = { sentence: '', start: 0, end: 0 };

export function goldToResult(gold: GoldFile): ExtractionResult {
  const personNames = new Set(gold.persons.map((p) => normalizeName(p.name)));
  const ref = (name: string): string => {
    if (COUNTRY_ID.test(name)) return name;
    return personNames.has(normalizeName(name)) ? personId(name) : organizationId(name);
  };
  const agreementId = (name: string): string => `agreement:${slug(name)}`;
  const agreementByName = new Map(
    gold.agreements.flatMap((a) =>
      [a.name, ...a.aliases].map((n) => [normalizeName(n), agreementId(a.name)]),
    ),
  );
  const places = [...new Set(gold.meetings.flatMap((m) => (m.place ? [m.place] : [])))];
  return {
    article: {
      id: 'article:gold',
      title: null,
      url: null,
      publishedAt: gold.publishedAt,
      publisher: null,
      authors: gold.authors,
      language: 'en',
    },
    text: '',
    persons: gold.persons.map((p) => ({
      id: personId(p.name),
      name: p.name,
      aliases: p.aliases ?? [],
      title: p.title,
      country: p.country,
      organization: null,
      mentions: [],
      evidence,
    })),
    countries: gold.countries.map((id) => ({ id, name: id, aliases: [], mentions: [], evidence })),
    organizations: gold.organizations.map((o) => ({
      id: organizationId(o.name),
      name: o.name,
      aliases: o.aliases ?? [],
      kind: o.kind,
      country: null,
      mentions: [],
      evidence,
    })),
    places: places.map((name) => ({ id: placeId(name), name, country: null, evidence })),
    agreements: gold.agreements.map((a) => ({
      id: agreementId(a.name),
      name: a.name,
      aliases: a.aliases,
      kind: a.kind,
      parties: a.parties.map(ref),
      signatories: a.signatories.map(personId),
      // The contract cannot say "only the year": a year-only gold date becomes January of that year.
      signedOn: a.signedOn === null ? null : a.signedOn.length === 4 ? `${a.signedOn}-01` : a.signedOn,
      place: null,
      status: a.status,
      evidence: [evidence],
      concludedAt: null,
    })),
    meetings: gold.meetings.map((m, i) => ({
      id: `meeting:${i}`,
      name: `${m.kind} ${i}`,
      kind: m.kind,
      participants: m.participants.map(ref),
      place: m.place === null ? null : placeId(m.place),
      date: m.date,
      status: m.status,
      evidence: [evidence],
    })),
    statements: gold.statements.map((s, i) => ({
      id: `statement:${i}`,
      speaker: ref(s.speaker),
      quote: s.quote,
      text: s.quote ?? '',
      direct: s.quote !== null,
      date: null,
      about: s.about.map((about) => agreementByName.get(normalizeName(about)) ?? ref(about)),
      channel: s.channel === null ? null : ref(s.channel),
      evidence,
    })),
    events: [],
  };
}
