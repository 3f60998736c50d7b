// title: Graph overview
// description: How many nodes of each label and relationships of each type the database holds.
// example:
MATCH (n)
WITH labels(n)[0] AS what, count(*) AS count
RETURN 'node' AS kind, what, count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS what, count(*) AS count
