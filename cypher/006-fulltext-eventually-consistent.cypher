// Full-text indexes updated after commit, in batches, by Neo4j's background updater (issue #15): a profile of
// ingestion put about a quarter of Neo4j's time in Lucene work inside each article transaction's commit. The
// searches of the API (schema/queries.graphql) call db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
// first, so a search still sees every committed article. An index's settings cannot be altered: drop, recreate,
// and wait until the new ones are populated (a search on a populating index fails).
DROP INDEX entity_names IF EXISTS;
DROP INDEX statement_words IF EXISTS;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Country|Organization|Agreement|Meeting) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX statement_words IF NOT EXISTS FOR (n:Statement) ON EACH [n.quote, n.text]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CALL db.awaitIndexes(600);
