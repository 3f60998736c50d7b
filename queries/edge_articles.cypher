// title: Articles supporting an edge
// description: The articles, sentences and quotes behind every statement from one actor to another (the evidence for a typed edge).
// param source: source actor id or name, e.g. MEX
// param target: target actor or topic id or name, e.g. USA
// example: source=MEX target=USA
MATCH (x:Actor)-[:STATED]->(s:Statement)-[:TARGETS]->(y), (s)-[:REPORTED_IN]->(art:Article)
WHERE (x.id = $source OR toLower(x.name) = toLower($source)) AND (y.id = $target OR toLower(y.name) = toLower($target))
RETURN art.id AS article_id, art.title AS title, art.date AS date, art.source AS source, art.url AS url,
       s.relation AS relation, s.sentence AS sentence, coalesce(s.quote, '') AS quote, s.confidence AS confidence
ORDER BY date, article_id
