// title: Biggest movers
// question: Whose score moved most, up or down, over a period?
// param: days INTEGER = 7 -- length of the period in days
// param: to DATE = null -- last day of the period (null: the newest day of history)
// param: n INTEGER = 20 -- how many accounts
// param: network STRING = null -- only this network's accounts (null: every network)
// Compares each account's (:DailyScore) on the last day with the one days earlier; accounts
// without a score on both days are left out. Largest moves first, rises and falls alike. The
// earlier day is looked up per account in a subquery, by (accountId, day): one index seek per
// account, never a product of every account with every score.
MATCH (latest:DailyScore)
WITH coalesce($to, max(latest.day)) AS lastDay
MATCH (now:DailyScore {day: lastDay})
MATCH (a:Account {id: now.accountId})
WHERE $network IS NULL OR a.network = $network
CALL (now, lastDay) {
  MATCH (before:DailyScore {accountId: now.accountId, day: lastDay - duration({days: $days})})
  RETURN before
}
RETURN a.handle AS handle, a.network AS network, before.day AS fromDay, before.score AS before,
       now.day AS toDay, now.score AS now, now.score - before.score AS change
ORDER BY abs(change) DESC, change DESC, handle
LIMIT $n;
