// title: Actors of a country
// description: Persons, governments, organisations and groups belonging to one country, with their roles and how many statements they made.
// param country: ISO-3 code, e.g. MEX
// example: country=MEX
MATCH (a:Actor)
WHERE a.country = $country
OPTIONAL MATCH (a)-[:STATED]->(s:Statement)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.roles AS roles, count(s) AS statements
ORDER BY statements DESC, name
