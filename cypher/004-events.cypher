// Coded events (issue #14, docs/events.md). Each series the API draws is one seek on one of these composite
// indexes: the dyad's or country's side (or the category) by equality, then the day range; `counted` (asserted
// acts) and the bucket columns are read from the node.
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE INDEX event_source_day IF NOT EXISTS FOR (n:Event) ON (n.sourceCountry, n.day);
CREATE INDEX event_target_day IF NOT EXISTS FOR (n:Event) ON (n.targetCountry, n.day);
CREATE INDEX event_category_day IF NOT EXISTS FOR (n:Event) ON (n.category, n.day);
CREATE INDEX event_day IF NOT EXISTS FOR (n:Event) ON (n.day);
