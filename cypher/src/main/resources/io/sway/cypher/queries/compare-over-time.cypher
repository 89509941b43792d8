// title: Accounts compared over time
// question: How did these accounts' scores move against each other, day by day?
// param: handles LIST<STRING> -- the accounts' handles (comma-separated on the command line)
// param: days INTEGER = 90 -- how far back from each account's latest score
// One row per account and scored day; behindLeader is how many points the account trails the
// best of the compared accounts that day (0 for the leader).
MATCH (a:Account)
WHERE a.handle IN $handles
MATCH (a)-[:SCORED]->(d:DailyScore)
WHERE d.day > a.scoreDay - duration({days: $days})
WITH d.day AS day, collect({handle: a.handle, network: a.network, score: d.score}) AS scores
WITH day, scores, reduce(best = 0, s IN scores | CASE WHEN s.score > best THEN s.score ELSE best END) AS leader
UNWIND scores AS s
RETURN day, s.handle AS handle, s.network AS network, s.score AS score,
       leader - s.score AS behindLeader
ORDER BY day, score DESC, handle;
