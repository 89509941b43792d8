// title: Top influencers
// question: Who are the most influential accounts of the current scoring run, overall or on one network?
// param: n INTEGER = 20 -- how many accounts
// param: network STRING = null -- only this network's accounts, e.g. twitter (null: every network)
// Ranked by the current run's score (rank 1 is the highest); spam-flagged accounts keep a score of
// their own and are shown with spam = true.
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (s:DailyScore {run: run.id})
WHERE s.rank IS NOT NULL
MATCH (a:Account {id: s.accountId})
WHERE $network IS NULL OR a.network = $network
RETURN s.rank AS rank, a.handle AS handle, a.network AS network, s.score AS score,
       round(s.reach, 1) AS reach, round(s.amplification, 3) AS amplification,
       round(s.influence, 2) AS influence, s.spam AS spam
ORDER BY rank
LIMIT $n;
