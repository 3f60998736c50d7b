// title: Topics an actor talks about
// description: Topics (non-actor targets such as "US-Abschiebepolitik") an actor's statements are about, with the relations used.
// param actor: actor id or name, e.g. MEX
// example: actor=MEX
MATCH (a:Actor)-[:STATED]->(s:Statement)-[:TARGETS]->(t:Topic)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
RETURN t.name AS topic, t.lang AS lang, coalesce(t.country, '') AS owner_country, count(s) AS statements,
       collect(DISTINCT s.relation) AS relations
ORDER BY statements DESC, topic
