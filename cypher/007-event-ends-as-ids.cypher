// An event keeps its actor's, recipient's and origin's ids as properties (sourceId, targetId, fromId) instead of
// ACTED, TOWARD and FROM relationships (issue #14: event coding must not slow ingestion by more than 10%; the
// three relationships were about 45% of what the events added to Neo4j's write CPU). The evidence list finds the
// few nodes it shows by id; the treaty panel's events of an agreement are one seek on this index.
CREATE INDEX event_from IF NOT EXISTS FOR (n:Event) ON (n.fromId);
// A graph written before: its events take their origin's id from FROM, and ACTED, TOWARD and FROM go (one pass;
// a second finds nothing left to delete).
MATCH (e:Event) WHERE e.fromId IS NULL
OPTIONAL MATCH (e)-[:FROM]->(x)
SET e.fromId = x.id
WITH e
MATCH (e)-[r:ACTED|TOWARD|FROM]-()
DELETE r;
CALL db.awaitIndexes(600);
