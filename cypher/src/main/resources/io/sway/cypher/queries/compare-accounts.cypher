// title: Accounts side by side
// question: How do these accounts (a brand and its competitors) compare in the latest run?
// param: handles LIST<STRING> -- the accounts' handles (comma-separated on the command line)
// The three parts and their points, the spam verdict and the topics of each account, best
// score first. A handle that exists on several networks gives one row per network.
MATCH (a:Account)
WHERE a.handle IN $handles
RETURN a.handle AS handle, a.network AS network, a.score AS score, a.scoreRank AS rank,
       round(a.reach, 1) AS reach, round(a.amplification, 3) AS amplification,
       round(a.influence, 2) AS influence, round(a.reachPoints, 1) AS reachPoints,
       round(a.amplificationPoints, 1) AS amplificationPoints,
       round(a.influencePoints, 1) AS influencePoints, a.spam AS spam,
       [(a)-[i:INFLUENTIAL_ON]->(t:Topic) | t.name] AS topics
ORDER BY score DESC, handle, network;
