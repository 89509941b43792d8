// title: Who amplifies whom around an account
// question: Who reshares or quotes this account's posts, and who in turn amplifies those amplifiers?
// param: handle STRING -- the account's handle
// param: network STRING = null -- the account's network, when the handle exists on several
// param: n INTEGER = 10 -- amplifiers kept per amplified account, the most active first
// Hop 1: accounts that reshared or quoted the account's posts; hop 2: accounts that reshared or
// quoted the posts of a hop-1 amplifier. times counts reshares and quotes. Spam-flagged
// amplifiers are listed too (amplifierSpam), though the model gives them no weight.
OPTIONAL MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (a:Account {handle: $handle})
WHERE $network IS NULL OR a.network = $network
CALL (a) {
  MATCH (fan:Account)-[r:RESHARED|QUOTED]->(:Post)<-[:POSTED]-(a)
  WHERE fan <> a
  RETURN fan, count(r) AS times
  ORDER BY times DESC, fan.handle
  LIMIT $n
}
WITH run, a, collect({fan: fan, times: times}) AS firstHop
CALL (a, firstHop) {
  UNWIND firstHop AS h
  RETURN 1 AS hop, h.fan AS amplifier, a AS amplified, h.times AS times
  UNION ALL
  UNWIND firstHop AS h
  WITH h.fan AS middle
  CALL (middle) {
    MATCH (fan:Account)-[r:RESHARED|QUOTED]->(:Post)<-[:POSTED]-(middle)
    WHERE fan <> middle
    RETURN fan, count(r) AS times
    ORDER BY times DESC, fan.handle
    LIMIT $n
  }
  RETURN 2 AS hop, fan AS amplifier, middle AS amplified, times
}
OPTIONAL MATCH (amplifierScore:DailyScore {accountId: amplifier.id, run: run.id})
RETURN hop, amplifier.handle AS amplifier, amplified.handle AS amplified, times,
       amplifierScore.score AS amplifierScore, amplifierScore.spam AS amplifierSpam
ORDER BY hop, amplified, times DESC, amplifier;
