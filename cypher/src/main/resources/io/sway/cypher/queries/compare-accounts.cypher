// title: Accounts side by side
// question: How do these accounts (a brand and its competitors) compare in the current run?
// param: handles LIST<STRING> -- the accounts' handles (comma-separated on the command line)
// The three parts and their points, the spam verdict and the topics of each account, best
// score first. A handle that exists on several networks gives one row per network.
OPTIONAL MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (a:Account)
WHERE a.handle IN $handles
OPTIONAL MATCH (s:DailyScore {accountId: a.id, run: run.id})
RETURN a.handle AS handle, a.network AS network, s.score AS score, s.rank AS rank,
       round(s.reach, 1) AS reach, round(s.amplification, 3) AS amplification,
       round(s.influence, 2) AS influence, round(s.reachPoints, 1) AS reachPoints,
       round(s.amplificationPoints, 1) AS amplificationPoints,
       round(s.influencePoints, 1) AS influencePoints, s.spam AS spam,
       coalesce(s.topics, []) AS topics
ORDER BY score DESC, handle, network;
