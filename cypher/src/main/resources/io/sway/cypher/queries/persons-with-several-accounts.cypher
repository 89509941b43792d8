// title: Persons with several accounts
// question: Who owns several accounts, and how do they add up to the person's score?
// param: n INTEGER = 20 -- how many persons
// param: minAccounts INTEGER = 2 -- fewest accounts a person must own to be listed
// A person's score comes from the 2-norm of its accounts' audiences of the day: two equal
// accounts count about 1.4 times one, never twice. Account scores are smoothed over the days
// and the person's is not, so a person can sit a point below its best account.
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (ps:PersonDailyScore {run: run.id})
WHERE ps.scoreValue IS NOT NULL
MATCH (p:Person {id: ps.personId})-[:OWNS]->(a:Account)
OPTIONAL MATCH (s:DailyScore {accountId: a.id, run: run.id})
WITH ps, a, s ORDER BY s.score DESC, a.handle
WITH ps, collect({handle: a.handle, network: a.network, score: s.score}) AS owned
WHERE size(owned) >= $minAccounts
RETURN ps.personId AS person, ps.score AS personScore, size(owned) AS accounts,
       owned[0].score AS bestAccountScore,
       [o IN owned | o.handle + ' (' + o.network + ') ' + coalesce(toString(o.score), '-')] AS accountScores
ORDER BY personScore DESC, person
LIMIT $n;
