// title: Biggest movers
// question: Whose score moved most, up or down, over a period?
// param: days INTEGER = 7 -- length of the period in days
// param: to DATE = null -- last day of the period (null: the current run's day)
// param: n INTEGER = 20 -- how many accounts
// param: network STRING = null -- only this network's accounts (null: every network)
// Compares each account's (:DailyScore) of the last day's published run with the one days
// earlier; accounts without a score on both days are left out. Largest moves first, rises and
// falls alike. The earlier day is looked up per account in a subquery, by (accountId, run): one
// index seek per account, never a product of every account with every score.
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
WITH coalesce($to, run.asOf) AS lastDay
MATCH (toRun:ScoreRun {asOf: lastDay})
WHERE toRun.status = 'published'
MATCH (fromRun:ScoreRun {asOf: lastDay - duration({days: $days})})
WHERE fromRun.status = 'published'
MATCH (now:DailyScore {run: toRun.id})
WHERE now.rank IS NOT NULL
MATCH (a:Account {id: now.accountId})
WHERE $network IS NULL OR a.network = $network
CALL (now, fromRun) {
  MATCH (before:DailyScore {accountId: now.accountId, run: fromRun.id})
  RETURN before
}
RETURN a.handle AS handle, a.network AS network, before.day AS fromDay, before.score AS before,
       now.day AS toDay, now.score AS now, now.score - before.score AS change
ORDER BY abs(change) DESC, change DESC, handle
LIMIT $n;
