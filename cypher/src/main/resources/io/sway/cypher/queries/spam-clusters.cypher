// title: Spam clusters and the accounts they inflate
// question: Which spam-flagged accounts act as a group, and whom do they follow or engage?
// param: minSize INTEGER = 3 -- smallest cluster shown
// param: minBoosters INTEGER = 3 -- members that must follow or engage an account for it to count as inflated
// param: targets INTEGER = 5 -- inflated accounts shown per cluster, the most boosted first
// A cluster is a cohort: spam-flagged accounts of one network created on the same day. Farms and
// batches of bought followers are made at once (the spam model's cohort term measures the
// same thing); a cohort made across midnight shows as two clusters. An account is inflated by a
// cluster when at least minBoosters members follow it or engage with it or its posts. A cluster
// that inflates nobody is shown once, with no inflated account.
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (flagged:DailyScore {run: run.id, spam: true})
MATCH (s:Account {id: flagged.accountId})
WITH run, s.network AS network, date(s.createdAt) AS createdOn, collect(s) AS members
WHERE size(members) >= $minSize
OPTIONAL CALL (members) {
  UNWIND members AS member
  CALL (member) {
    MATCH (member)-[:FOLLOWS|RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(target:Account)
    RETURN target
    UNION
    MATCH (member)-[:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->(:Post)<-[:POSTED]-(target:Account)
    RETURN target
  }
  WITH target, count(DISTINCT member) AS boosters
  WHERE boosters >= $minBoosters AND NOT target IN members
  RETURN target, boosters
  ORDER BY boosters DESC, target.handle
  LIMIT $targets
}
OPTIONAL MATCH (targetScore:DailyScore {accountId: target.id, run: run.id})
RETURN network, createdOn, size(members) AS members, target.handle AS inflated, boosters,
       targetScore.score AS inflatedScore, targetScore.spam AS inflatedSpam
ORDER BY members DESC, network, createdOn, boosters DESC, inflated;
