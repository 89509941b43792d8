// title: Accounts compared over time
// question: How did these accounts' scores move against each other, day by day?
// param: handles LIST<STRING> -- the accounts' handles (comma-separated on the command line)
// param: days INTEGER = 90 -- how far back from the current run's day
// One row per account and scored day; behindLeader is how many points the account trails the
// best of the compared accounts that day (0 for the leader).
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (a:Account)
WHERE a.handle IN $handles
MATCH (a)-[:SCORED]->(d:DailyScore)
WHERE d.day > run.asOf - duration({days: $days}) AND d.day <= run.asOf
MATCH (dayRun:ScoreRun {id: d.run})
WHERE dayRun.status = 'published'
WITH d.day AS day, collect({handle: a.handle, network: a.network, score: d.score}) AS scores
WITH day, scores, reduce(best = 0, s IN scores | CASE WHEN s.score > best THEN s.score ELSE best END) AS leader
UNWIND scores AS s
RETURN day, s.handle AS handle, s.network AS network, s.score AS score,
       leader - s.score AS behindLeader
ORDER BY day, score DESC, handle;
