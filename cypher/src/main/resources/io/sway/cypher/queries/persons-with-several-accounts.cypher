// title: Persons with several accounts
// question: Who owns several accounts, and how do they add up to the person's score?
// param: n INTEGER = 20 -- how many persons
// param: minAccounts INTEGER = 2 -- fewest accounts a person must own to be listed
// A person's score comes from the 2-norm of its accounts' audiences of the day: two equal
// accounts count about 1.4 times one, never twice. Account scores are smoothed over the days
// and the person's is not, so a person can sit a point below its best account.
MATCH (p:Person)
WHERE p.score IS NOT NULL
MATCH (p)-[:OWNS]->(a:Account)
WITH p, a ORDER BY a.score DESC, a.handle
WITH p, collect(a) AS owned
WHERE size(owned) >= $minAccounts
RETURN p.id AS person, p.score AS personScore, size(owned) AS accounts,
       owned[0].score AS bestAccountScore,
       [a IN owned | a.handle + ' (' + a.network + ') ' + coalesce(toString(a.score), '-')] AS accountScores
ORDER BY personScore DESC, person
LIMIT $n;
