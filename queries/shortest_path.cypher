// title: Shortest path between two actors
// description: How two actors are connected through typed statement edges (directions ignored).
// param a: first actor id or name, e.g. PER:luis-videgaray
// param b: second actor id or name, e.g. USA
// example: a=MEX b=USA
MATCH (x:Actor), (y:Actor)
WHERE (x.id = $a OR toLower(x.name) = toLower($a)) AND (y.id = $b OR toLower(y.name) = toLower($b)) AND x <> y
MATCH p = shortestPath((x)-[*..6]-(y))
WHERE none(r IN relationships(p) WHERE type(r) IN ['MENTIONS', 'REPORTED_IN'])
RETURN [n IN nodes(p) | coalesce(n.name, n.id)] AS path, [r IN relationships(p) | type(r)] AS relations,
       length(p) AS hops
LIMIT 1
