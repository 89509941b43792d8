// title: Top influencers
// question: Who are the most influential accounts of the latest scoring run, overall or on one network?
// param: n INTEGER = 20 -- how many accounts
// param: network STRING = null -- only this network's accounts, e.g. twitter (null: every network)
// Ranked by the latest run's score (rank 1 is the highest); spam-flagged accounts keep a score of
// their own and are shown with spam = true.
MATCH (a:Account)
WHERE a.scoreRank IS NOT NULL AND ($network IS NULL OR a.network = $network)
RETURN a.scoreRank AS rank, a.handle AS handle, a.network AS network, a.score AS score,
       round(a.reach, 1) AS reach, round(a.amplification, 3) AS amplification,
       round(a.influence, 2) AS influence, a.spam AS spam
ORDER BY rank
LIMIT $n;
