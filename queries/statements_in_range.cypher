// title: Statements in a date range
// description: Who said or did what to whom between two dates (inclusive, ISO dates), most conflictual first.
// param from: first day, e.g. 2017-01-01
// param to: last day, e.g. 2017-12-31
// example: from=2017-01-01 to=2017-12-31
MATCH (src:Actor)-[:STATED]->(s:Statement)
WHERE s.date >= $from AND s.date <= $to
OPTIONAL MATCH (s)-[:TARGETS]->(t)
RETURN s.date AS date, src.name AS source, s.relation AS relation, coalesce(t.name, '') AS target,
       s.score AS score, s.polarity AS polarity, s.sentence AS sentence
ORDER BY score ASC, date
LIMIT 200
