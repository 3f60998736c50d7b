// title: Everything an actor said or did
// description: All statements of an actor with predicate, target, quote and the article each comes from, newest first.
// param actor: actor id or name, e.g. PER:luis-videgaray or Luis Videgaray
// example: actor=MEX
MATCH (a:Actor)-[:STATED]->(s:Statement)-[:REPORTED_IN]->(art:Article)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
OPTIONAL MATCH (s)-[:TARGETS]->(t)
RETURN s.date AS date, s.relation AS relation, s.lemma AS predicate, coalesce(t.name, '') AS target,
       s.polarity AS polarity, s.modality AS modality, coalesce(s.quote, '') AS quote,
       art.title AS article, art.source AS source, s.sentence AS sentence
ORDER BY date DESC, article
LIMIT 200
