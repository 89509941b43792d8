// title: Accounts a brand should contact on a topic
// question: Which accounts have real, amplified influence on this topic, without spam or an engagement pod behind them?
// param: topic STRING -- the topic, e.g. cars (case does not matter)
// param: n INTEGER = 10 -- how many accounts
// param: minScore INTEGER = 30 -- lowest overall score
// param: minAmplification FLOAT = 0.2 -- lowest amplification, P(a post is reshared or replied to); the model's prior means are 0.05 and 0.10
// param: podShare FLOAT = 0.5 -- share of received engagement from the ring above which an account may be in a pod
// param: podDensity FLOAT = 0.5 -- share of ring members engaging each other above which the ring is a pod
// param: podSize INTEGER = 3 -- smallest ring that can be a pod
// Candidates: influential on the topic (with evidence), not flagged as spam, score and
// amplification at least the minimums. Not in a pod, judged from the graph: the account's ring
// is the accounts it engages with both ways (each liked, replied to, reshared or quoted the
// other's posts). An account is in a pod when its ring has at least podSize accounts, gives at
// least podShare of the engagement its posts receive, and at least podDensity of the ordered
// pairs of ring members engage each other. Pods show all three; a celebrity answering fans or a
// few friends do not. Best topic score first, then amplification.
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (:Topic {name: toLower($topic)})<-[i:INFLUENTIAL_ON]-(s:DailyScore {run: run.id})
WHERE s.spam = false AND s.score >= $minScore AND s.amplification >= $minAmplification
MATCH (a:Account {id: s.accountId})
CALL (a) {
  MATCH (a)-[:POSTED]->(:Post)<-[e:RESHARED|REPLIED|QUOTED|LIKED]-(fan:Account)
  WHERE fan <> a
  WITH fan, count(e) AS received
  WITH fan, received,
       EXISTS { (a)-[:RESHARED|REPLIED|QUOTED|LIKED]->(:Post)<-[:POSTED]-(fan) } AS mutual
  RETURN sum(received) AS receivedTotal,
         sum(CASE WHEN mutual THEN received ELSE 0 END) AS fromRing,
         collect(CASE WHEN mutual THEN fan END) AS ring
}
CALL (ring) {
  UNWIND ring AS x
  UNWIND ring AS y
  WITH x, y WHERE x <> y
  RETURN coalesce(avg(CASE WHEN EXISTS { (x)-[:RESHARED|REPLIED|QUOTED|LIKED]->(:Post)<-[:POSTED]-(y) }
                      THEN 1.0 ELSE 0.0 END), 0.0) AS ringDensity
}
WITH a, i, s, size(ring) AS ringSize, ringDensity,
     CASE WHEN receivedTotal = 0 THEN 0.0 ELSE toFloat(fromRing) / receivedTotal END AS ringShare
WHERE NOT (ringSize >= $podSize AND ringShare >= $podShare AND ringDensity >= $podDensity)
RETURN a.handle AS handle, a.network AS network, round(i.score, 1) AS topicScore,
       i.engagedPosts AS engagedPosts, s.score AS score, round(s.amplification, 3) AS amplification,
       ringSize, round(ringShare, 2) AS ringShare, round(ringDensity, 2) AS ringDensity
ORDER BY topicScore DESC, amplification DESC, handle
LIMIT $n;
