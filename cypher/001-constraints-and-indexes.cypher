// Uniqueness of `id` for every label of the graph (shared/DESIGN.md): MERGE races fail loudly instead of duplicating.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;

// Full-text search over what people type: names and aliases of entities, and the words of statements.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Country|Organization|Agreement|Meeting) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX statement_words IF NOT EXISTS FOR (n:Statement) ON EACH [n.quote, n.text];

// Range indexes for the date filters of the API (dates are ISO strings, so string order is date order).
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX agreement_signed_on IF NOT EXISTS FOR (n:Agreement) ON (n.signedOn);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
