// Hand-written equivalent of the whoSaidWhat query of the API benchmark (bench/api.ts): the statements about one
// agreement (by id) with the speaker's name, title and country, the channel, and the first three articles that
// reported it (with the evidence sentence) and how many did.
// The floor the GraphQL layer is measured against; parameters: $agreement (id), $limit.
MATCH (:Agreement {id: $agreement})<-[:ABOUT]-(s:Statement)
WITH DISTINCT s ORDER BY s.date, s.id LIMIT $limit
OPTIONAL MATCH (s)<-[:SAID]-(speaker)
OPTIONAL MATCH (speaker)-[role:REPRESENTS]->(:Country)
WITH s, speaker, head(collect(role.title)) AS roleTitle
CALL (s, speaker) {
  OPTIONAL MATCH (speaker)-[:REPRESENTS*0..1]->(c:Country)
  RETURN c ORDER BY CASE WHEN c = speaker THEN 0 ELSE 1 END LIMIT 1
}
RETURN s.id AS id, s.quote AS quote, s.text AS text, s.date AS date,
       speaker.name AS speakerName, coalesce(roleTitle, speaker.title) AS speakerTitle,
       CASE WHEN c IS NULL THEN null ELSE {id: c.id, name: c.name} END AS speakerCountry,
       [(s)-[:VIA]->(o:Organization) | {name: o.name}] AS channel,
       COUNT { (s)-[:MENTIONED_IN]->(:Article) } AS articleCount,
       COLLECT {
         MATCH (s)-[m:MENTIONED_IN]->(a:Article)
         WITH m, a ORDER BY a.publishedAt LIMIT 3
         RETURN {sentence: m.sentence, id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt}
       } AS articles
