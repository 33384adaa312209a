// The playground's default tabs: the questions diplograph exists for, runnable as they are against a graph that
// holds the seed article. Shared by the browser bundle, the e2e tests and the README.

export interface ExampleQuery {
  title: string;
  /** Self-contained: arguments are literals, so a tab runs as it is (and GraphiQL needs no variables). */
  query: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Who said what about the treaty',
    query: `# Who said what about the Russia–North Korea partnership treaty, in what role, through which outlet, in which article?
query WhoSaidWhat {
  whoSaidWhat(agreement: "comprehensive strategic partnership treaty", limit: 20) {
    date
    quote
    text
    speakerName
    speakerTitle
    speakerCountry { id name }
    channel { name }
    # The first three reports of each statement, and how many there were.
    articlesConnection(first: 3, sort: [{ node: { publishedAt: ASC } }]) {
      totalCount
      edges {
        properties { sentence }
        node { title url publishedAt publisher }
      }
    }
  }
}`,
  },
  {
    title: "A leader's timeline",
    query: `# Statements, meetings and agreements of a person, country or agreement, in date order.
query Timeline {
  timeline(entity: "person:vladimir-putin", from: "2023-01-01", limit: 50) {
    date
    kind
    label
    detail
  }
}`,
  },
  {
    title: "A country's relations",
    query: `# For each other country: shared agreements and meetings, statements about one another, and the latest of each.
query CountryRelations {
  countryRelations(country: "RUS") {
    country { id label }
    sharedAgreements
    sharedMeetings
    statementsAboutOther
    statementsFromOther
    latestAgreement { label date }
    latestMeeting { label date }
    latestStatement { label date }
  }
}`,
  },
  {
    title: 'Search',
    query: `# Full-text search over names, aliases and statement words; quotes, ~ and AND are taken literally.
query Search {
  search(text: "Rudenko", limit: 10) {
    kind
    id
    label
    detail
    score
  }
}`,
  },
  {
    title: 'Relations over time',
    query: `# How relations between Russia and North Korea went, month by month: coded events (PLOVER) with their
# Goldstein intensity (-10 conflict .. +10 cooperation). Asserted acts only; add includeAll: true for the rest.
query RelationsOverTime {
  eventSeries(source: "RUS", target: "PRK", from: "2023-07-01", to: "2024-06-30", bucket: MONTH) {
    bucket
    from
    to
    count
    cooperation
    conflict
    meanIntensity
  }
  dyads(country: "RUS", from: "2024-01-01", to: "2024-12-31", limit: 10) {
    country
    name
    events
    outgoing
    incoming
    netIntensity
  }
}`,
  },
  {
    title: 'Events: the evidence',
    query: `# The acts behind a series point: who did what to whom, the sentence, the quote and the article.
query EventEvidence {
  events(source: "RUS", target: "KOR", from: "2024-06-01", to: "2024-06-30", includeAll: true, limit: 20) {
    category
    cameo
    intensity
    modality
    trigger
    source { id name }
    target { id name }
    sentence
    origin { kind quote text }
    article { title url publishedAt }
  }
}`,
  },
];
