// title: Top influencers of every network
// question: Who leads on each network, side by side?
// param: n INTEGER = 5 -- how many accounts per network
// position is the place within the network, overallRank the place among all accounts.
MATCH (a:Account)
WHERE a.scoreRank IS NOT NULL
WITH a ORDER BY a.scoreRank
WITH a.network AS network, collect(a)[..$n] AS top
UNWIND range(0, size(top) - 1) AS i
RETURN network, i + 1 AS position, top[i].handle AS handle, top[i].score AS score,
       top[i].scoreRank AS overallRank
ORDER BY network, position;
