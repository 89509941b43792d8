// title: Top influencers of every network
// question: Who leads on each network, side by side?
// param: n INTEGER = 5 -- how many accounts per network
// position is the place within the network, overallRank the place among all accounts.
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (s:DailyScore {run: run.id})
WHERE s.rank IS NOT NULL
MATCH (a:Account {id: s.accountId})
WITH a, s ORDER BY s.rank
WITH a.network AS network, collect({handle: a.handle, score: s.score, rank: s.rank})[..$n] AS top
UNWIND range(0, size(top) - 1) AS i
RETURN network, i + 1 AS position, top[i].handle AS handle, top[i].score AS score,
       top[i].rank AS overallRank
ORDER BY network, position;
