// title: Who criticised (threatened, praised …) an actor
// description: Sources of statements of one relation type aimed at an actor, with how often and the latest date. Relation types are the typed edges (CRITICISES, THREATENS, PRAISES, WARNS, REJECTS, MEETS, DEMANDS, PROTESTS …).
// param actor: actor id or name, e.g. MEX, Mexiko, PER:donald-trump
// param relation: relation type, e.g. CRITICISES
// example: actor=USA relation=CRITICISES
MATCH (src:Actor)-[:STATED]->(s:Statement)-[:TARGETS]->(tgt:Actor)
WHERE (tgt.id = $actor OR toLower(tgt.name) = toLower($actor)) AND s.relation = $relation
RETURN src.id AS source_id, src.name AS source, src.country AS country, count(s) AS statements,
       max(s.date) AS latest, collect(DISTINCT s.lemma)[..5] AS predicates
ORDER BY statements DESC, source
LIMIT 50
