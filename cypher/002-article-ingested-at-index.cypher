// When the graph last changed: the newest Article.ingestedAt, read by the API's response cache every second
// (src/graph/graph-version.ts). The index answers that read from its end instead of scanning every article.
CREATE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt);
