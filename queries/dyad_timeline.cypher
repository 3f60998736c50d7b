// title: Dyad timeline by month
// description: Statements between two actors (both directions, including their persons and governments) per month, with the mean Goldstein cooperation–conflict score (−10 hostile … +10 cooperative).
// param a: first actor id (a state's ISO-3 code such as USA)
// param b: second actor id, e.g. MEX
// example: a=MEX b=USA
MATCH (x:Actor)-[:STATED]->(s:Statement)-[:TARGETS]->(y)
WHERE (coalesce(x.country, x.id) = $a AND coalesce(y.country, y.id) = $b)
   OR (coalesce(x.country, x.id) = $b AND coalesce(y.country, y.id) = $a)
RETURN coalesce(substring(s.date, 0, 7), 'undated') AS month,
       count(s) AS statements,
       round(avg(s.score) * 100) / 100 AS mean_score,
       sum(CASE WHEN s.score < 0 THEN 1 ELSE 0 END) AS conflictual,
       sum(CASE WHEN s.score > 0 THEN 1 ELSE 0 END) AS cooperative
ORDER BY month
