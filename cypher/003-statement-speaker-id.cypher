// Statement.speakerId: who said it, kept on the statement beside the SAID relationship. A statement's id is a
// hash of its speaker and words, so the value never changes. Its index is what a top-level statement list
// filtered by speaker seeks; the relationship filter instead tests every statement in range for its speaker.
CREATE INDEX statement_speaker IF NOT EXISTS FOR (n:Statement) ON (n.speakerId);
// Graphs written before the property existed.
MATCH (speaker)-[:SAID]->(s:Statement) WHERE s.speakerId IS NULL SET s.speakerId = speaker.id;
