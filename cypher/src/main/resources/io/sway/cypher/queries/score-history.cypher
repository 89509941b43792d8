// title: Score history
// question: How did this account's score and its parts move, day by day?
// param: handle STRING -- the account's handle
// param: network STRING = null -- the account's network, when the handle exists on several
// param: days INTEGER = 90 -- how far back from the current run's day
// One row per scored day (the (:DailyScore) of each day's published run); change is the move
// since the previous scored day; raw is the day's score before smoothing, audience the day's
// audience it comes from.
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (a:Account {handle: $handle})
WHERE $network IS NULL OR a.network = $network
MATCH (a)-[:SCORED]->(d:DailyScore)
WHERE d.day > run.asOf - duration({days: $days}) AND d.day <= run.asOf
MATCH (dayRun:ScoreRun {id: d.run})
WHERE dayRun.status = 'published'
WITH a, d ORDER BY d.day
WITH a, collect(d) AS history
UNWIND range(0, size(history) - 1) AS i
WITH a, history[i] AS d, CASE WHEN i = 0 THEN null ELSE history[i - 1] END AS previous
RETURN a.network AS network, d.day AS day, d.score AS score, d.score - previous.score AS change,
       round(d.rawScore, 1) AS raw, round(d.audience, 1) AS audience, round(d.reach, 1) AS reach,
       round(d.amplification, 3) AS amplification, round(d.influence, 2) AS influence
ORDER BY network, day;
