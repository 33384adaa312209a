// Hand-written equivalent of the filtered, paginated statement list of the API benchmark (bench/api.ts):
// statements said by one person since a date, newest first, one page plus the total count.
// Parameters: $person (id), $from (YYYY-MM-DD), $first.
MATCH (:Person {id: $person})-[:SAID]->(s:Statement)
WHERE s.date >= $from
WITH collect(s) AS matched
UNWIND matched AS s
WITH matched, s ORDER BY s.date DESC, s.id LIMIT $first
RETURN size(matched) AS totalCount,
       collect({id: s.id, quote: s.quote, date: s.date, channel: [(s)-[:VIA]->(o:Organization) | {name: o.name}]}) AS page
