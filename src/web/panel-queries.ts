// The one GraphQL query behind each dashboard and explorer panel, as users can copy it (each panel shows its own),
// with the variables a page state gives it. Shared by the browser bundle, the e2e tests, the bench and docs/.
// Pure: no DOM, no fetch.

export type Interval = 'WEEK' | 'MONTH';

export interface PanelQuery {
  id: string;
  title: string;
  /** What the panel shows, for its "query" tab and the docs. */
  description: string;
  query: string;
}

export const RELATION_QUERY: PanelQuery = {
  id: 'relation',
  title: 'Relations between two countries',
  description:
    'Coded events each way, cooperation (above zero) against conflict (below), with statements about each other and meetings of both, per week or month; empty buckets included.',
  query: `query Relation($a: ID!, $b: ID!, $from: Date!, $to: Date!, $interval: Interval) {
  relationSeries(a: $a, b: $b, from: $from, to: $to, interval: $interval) {
    a { id label }
    b { id label }
    buckets {
      start
      eventsAToB { count cooperation conflict }
      eventsBToA { count cooperation conflict }
      statementsAToB statementsBToA meetings
    }
  }
}`,
};

export const TALKERS_QUERY: PanelQuery = {
  id: 'talkers',
  title: 'Who is talking',
  description: 'Top speakers and top countries by statements over the range, with statements per bucket.',
  query: `query WhoIsTalking($from: Date!, $to: Date!, $interval: Interval, $limit: Int) {
  speakers: whoIsTalking(by: SPEAKER, from: $from, to: $to, interval: $interval, limit: $limit) {
    buckets
    talkers { id name detail count series }
  }
  countries: whoIsTalking(by: COUNTRY, from: $from, to: $to, interval: $interval, limit: $limit) {
    buckets
    talkers { id name detail count series }
  }
}`,
};

export const TREATIES_QUERY: PanelQuery = {
  id: 'treaties',
  title: 'Treaties',
  description:
    'Agreements signed or talked about in the range, with their parties and every lifecycle step the graph holds: signed, ratified, negotiating, suspended, withdrawn, proposed.',
  query: `query Treaties($from: Date!, $to: Date!, $country: ID, $limit: Int) {
  agreementLifecycles(from: $from, to: $to, country: $country, limit: $limit) {
    id name kind status signedOn firstReported lastReported articles statements
    parties { id label }
    steps { status date source modality by events }
  }
}`,
};

export const MEETINGS_QUERY: PanelQuery = {
  id: 'meetings',
  title: 'Meetings',
  description: 'Calls, visits, talks and summits dated in the range, held or planned.',
  query: `query Meetings($from: Date!, $to: Date!, $country: ID, $limit: Int) {
  meetingTimeline(from: $from, to: $to, country: $country, limit: $limit) {
    id name kind date status place
    participants { id label }
  }
}`,
};

export const MAP_QUERY: PanelQuery = {
  id: 'map',
  title: 'Activity per country',
  description:
    'Statements by each country or its officials, meetings attended and agreements signed in the range.',
  query: `query CountryActivity($from: Date!, $to: Date!) {
  countryActivity(from: $from, to: $to) { id name statements meetings agreements total }
}`,
};

export const EVIDENCE_QUERY: PanelQuery = {
  id: 'evidence',
  title: 'Statements',
  description:
    'The statements behind the selected mark: speaker, role, quote, the sentence it came from and the article.',
  query: `query Evidence($speaker: ID, $country: ID, $about: ID, $from: Date, $to: Date, $limit: Int) {
  evidenceStatements(speaker: $speaker, country: $country, about: $about, from: $from, to: $to, limit: $limit) {
    id date quote text speakerName speakerTitle
    speakerCountry { id name }
    articlesConnection(first: 1, sort: [{ node: { publishedAt: ASC } }]) {
      totalCount
      edges { properties { sentence } node { id title url publishedAt publisher } }
    }
  }
}`,
};

/** The relation panel's drill-down: both directions of a pair in one request. */
export const PAIR_EVIDENCE_QUERY: PanelQuery = {
  id: 'evidence',
  title: 'Statements',
  description: 'The statements between the two countries in the selected bucket, both ways.',
  query: `query PairEvidence($a: ID!, $b: ID!, $from: Date, $to: Date, $limit: Int) {
  aToB: evidenceStatements(country: $a, about: $b, from: $from, to: $to, limit: $limit) { ...Evidence }
  bToA: evidenceStatements(country: $b, about: $a, from: $from, to: $to, limit: $limit) { ...Evidence }
}
fragment Evidence on Statement {
  id date quote text speakerName speakerTitle
  speakerCountry { id name }
  articlesConnection(first: 1, sort: [{ node: { publishedAt: ASC } }]) {
    totalCount
    edges { properties { sentence } node { id title url publishedAt publisher } }
  }
}`,
};

/** The relation panel's drill-down into events: both directions' coded acts of a bucket, with their evidence. */
export const PAIR_EVENTS_QUERY: PanelQuery = {
  id: 'events',
  title: 'Events',
  description: 'The coded events between the two countries in the selected bucket, both ways, newest first.',
  query: `query PairEvents($a: String!, $b: String!, $from: String!, $to: String!, $limit: Int!) {
  aToB: events(source: $a, target: $b, from: $from, to: $to, limit: $limit) { ...Act }
  bToA: events(source: $b, target: $a, from: $from, to: $to, limit: $limit) { ...Act }
}
fragment Act on CodedEvent {
  id category mode intensity date day trigger
  source { id name }
  target { id name }
  sentence
  origin { kind name quote }
  article { id title url publishedAt publisher }
}`,
};

export const COUNTRIES_QUERY: PanelQuery = {
  id: 'countries',
  title: 'Countries',
  description: 'The countries for the pickers, by name.',
  query: `query Countries {
  countries(limit: 500, sort: [{ name: ASC }]) { id name }
}`,
};

export const EXTENT_QUERY: PanelQuery = {
  id: 'extent',
  title: 'Date extent',
  description: 'The first and last statement and article dates: the range the dashboard opens on.',
  query: `query Extent {
  dateExtent { firstStatement lastStatement firstArticle lastArticle }
}`,
};

export const SEARCH_QUERY: PanelQuery = {
  id: 'search',
  title: 'Search',
  description: 'Full-text search over names, aliases and statement words.',
  query: `query Search($text: String!) {
  search(text: $text, limit: 12) { kind id label detail date }
}`,
};

export const NEIGHBOURHOOD_QUERY: PanelQuery = {
  id: 'neighbourhood',
  title: 'Neighbourhood',
  description: 'A node and its neighbours one relationship away, filtered by relationship type and date.',
  query: `query Neighbourhood($id: ID!, $types: [String!], $from: Date, $to: Date, $maxNodes: Int) {
  neighbourhood(id: $id, types: $types, from: $from, to: $to, maxNodes: $maxNodes) {
    center { id kind label date }
    nodes { id kind label date }
    edges { id source target type }
    truncated
  }
}`,
};

export const DETAILS_QUERY: PanelQuery = {
  id: 'details',
  title: 'Node details',
  description: "A node's properties and the article sentences that mention it.",
  query: `query NodeDetails($id: ID!) {
  nodeDetails(id: $id, limit: 20) {
    node { id kind label date }
    properties { key value }
    evidence { sentence articleId title url publishedAt }
  }
}`,
};

/** What a dashboard view asks: two countries, a range and a bucket size. */
export interface DashboardView {
  a: string;
  b: string;
  from: string;
  to: string;
  interval: Interval;
}

/** Rows per list panel. */
export const PANEL_LIMITS = { talkers: 8, treaties: 15, meetings: 300, evidence: 50 } as const;

/** The variables each dashboard panel sends for a view: the page, the bench and the tests use these. */
export const PANEL_VARIABLES = {
  relation: (v: DashboardView) => ({ a: v.a, b: v.b, from: v.from, to: v.to, interval: v.interval }),
  talkers: (v: DashboardView) => ({
    from: v.from,
    to: v.to,
    interval: v.interval,
    limit: PANEL_LIMITS.talkers,
  }),
  map: (v: DashboardView) => ({ from: v.from, to: v.to }),
  meetings: (v: DashboardView) => ({ from: v.from, to: v.to, limit: PANEL_LIMITS.meetings }),
  treaties: (v: DashboardView) => ({ from: v.from, to: v.to, limit: PANEL_LIMITS.treaties }),
} as const;

/** The dashboard's panels, in page order. */
export const DASHBOARD_QUERIES = [RELATION_QUERY, TALKERS_QUERY, MAP_QUERY, MEETINGS_QUERY, TREATIES_QUERY];

/** Relationship types the explorer can show; MENTIONED_IN (to articles) is off unless asked for. */
export const RELATIONSHIP_TYPES = [
  'REPRESENTS',
  'IN',
  'PARTY_TO',
  'SIGNED',
  'CONCLUDED_AT',
  'SIGNED_IN',
  'ATTENDED',
  'HELD_IN',
  'SAID',
  'ABOUT',
  'VIA',
  'MENTIONED_IN',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
export const DEFAULT_RELATIONSHIP_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter(
  (type) => type !== 'MENTIONED_IN',
);

/** With no countries in the URL, the dashboard opens on the most active country and the one it relates to most. */
export const MOST_ACTIVE_QUERY: PanelQuery = {
  id: 'most-active',
  title: 'Most active country',
  description: 'The country with the most statements, meetings and agreements in the range.',
  query: `query MostActive($from: Date!, $to: Date!) {
  countryActivity(from: $from, to: $to) { id name total }
}`,
};

export const CLOSEST_QUERY: PanelQuery = {
  id: 'closest',
  title: 'Closest country',
  description: 'The country most related to the given one in the range.',
  query: `query Closest($country: ID!, $from: Date, $to: Date) {
  countryRelations(country: $country, from: $from, to: $to, limit: 1) { country { id } }
}`,
};
