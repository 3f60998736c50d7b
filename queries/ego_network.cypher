// title: Ego network of an actor
// description: The actor and everyone it addressed or was addressed by through typed edges (returns paths: open in Neo4j Browser for the picture).
// param actor: actor id or name, e.g. MEX
// example: actor=MEX
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
MATCH p = (a)-[r]-(other)
WHERE NOT type(r) IN ['STATED', 'TARGETS', 'MENTIONS', 'REPORTED_IN', 'BELONGS_TO']
RETURN p
LIMIT 100
