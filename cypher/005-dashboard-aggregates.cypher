// The dashboard's statement aggregates (whoIsTalking, countryActivity) read every statement of a date range and
// group it by speaker. With both values in one range index, Neo4j seeks the range and takes date and speakerId
// from the index itself, reading no statement node (schema/panels.graphql).
CREATE INDEX statement_date_speaker IF NOT EXISTS FOR (n:Statement) ON (n.date, n.speakerId);
// The relation panel's events of a dyad (schema/panels.graphql relationSeries): both countries by equality, then
// the day range, so a pair's series reads only its own events, whichever country has more.
CREATE INDEX event_dyad_day IF NOT EXISTS FOR (n:Event) ON (n.sourceCountry, n.targetCountry, n.day);
