// title: Most hostile dyads
// description: Pairs of countries (source country → target country) with the lowest mean Goldstein score over at least $min statements.
// param min: minimum number of statements per dyad, e.g. 1
// example: min=1
MATCH (x:Actor)-[:STATED]->(s:Statement)-[:TARGETS]->(y)
WHERE x.country IS NOT NULL AND y.country IS NOT NULL AND x.country <> y.country AND s.score IS NOT NULL
WITH x.country AS source, y.country AS target, count(s) AS statements, avg(s.score) AS mean_score
WHERE statements >= $min
RETURN source, target, statements, round(mean_score * 100) / 100 AS mean_score
ORDER BY mean_score ASC, statements DESC
LIMIT 20
