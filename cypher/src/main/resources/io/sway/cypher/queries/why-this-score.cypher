// title: Why this score
// question: What makes up this account's score: its three parts, the spam verdict, the engagers and posts that contributed most, and its topics?
// param: handle STRING -- the account's handle, e.g. @theo.sato
// param: network STRING = null -- the account's network, when the handle exists on several
// One row per item. part: the points each part contributes (Shapley shares that add up to the
// day's score, before smoothing; the published score smooths the daily scores over the days);
// engager: the accounts whose engagement weighed most; post: the posts that drew most
// engagement; topic: topics with evidence.
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (a:Account {handle: $handle})
WHERE $network IS NULL OR a.network = $network
MATCH (s:DailyScore {accountId: a.id, run: run.id})
CALL (a, s, run) {
  RETURN 0 AS section, 'score' AS kind, 0 AS rank, a.handle AS item, toFloat(s.score) AS value,
         'rank ' + toString(s.rank) + ' on ' + toString(s.day)
         + ', unrounded ' + toString(round(s.scoreValue, 2))
         + ', day before smoothing ' + toString(round(s.rawScore, 2)) AS detail
  UNION ALL
  UNWIND [['True Reach', s.reachPoints, 'reach ' + toString(round(s.reach, 1)) + ' engaged accounts'],
          ['Amplification', s.amplificationPoints, 'P(reshare or reply) ' + toString(round(s.amplification, 3))],
          ['Network Influence', s.influencePoints, 'influence ' + toString(round(s.influence, 2))]] AS part
  RETURN 1 AS section, 'part' AS kind, 0 AS rank, part[0] AS item, round(part[1], 2) AS value,
         part[2] AS detail
  UNION ALL
  RETURN 2 AS section, 'spam' AS kind, 0 AS rank,
         CASE WHEN s.spam THEN 'flagged' ELSE 'not flagged' END AS item,
         round(s.spamProbability, 3) AS value, s.spamReason AS detail
  UNION ALL
  UNWIND range(0, size(s.engagers) - 1) AS k
  MATCH (fan:Account {id: s.engagers[k]})
  OPTIONAL MATCH (fanScore:DailyScore {accountId: fan.id, run: run.id})
  RETURN 3 AS section, 'engager' AS kind, k + 1 AS rank, fan.handle AS item,
         round(s.engagerWeights[k], 2) AS value,
         'score ' + coalesce(toString(fanScore.score), '-')
         + CASE WHEN fanScore.spam THEN ', spam' ELSE '' END AS detail
  UNION ALL
  UNWIND range(0, size(s.posts) - 1) AS k
  MATCH (p:Post {id: s.posts[k]})
  RETURN 4 AS section, 'post' AS kind, k + 1 AS rank, p.id AS item,
         round(s.postEngagement[k], 2) AS value,
         'posted ' + toString(date(p.createdAt)) + ', topics: '
         + reduce(t = '', topic IN coalesce(p.topics, []) | t + CASE WHEN t = '' THEN '' ELSE ', ' END + topic) AS detail
  UNION ALL
  UNWIND range(0, size(s.topics) - 1) AS k
  RETURN 5 AS section, 'topic' AS kind, 0 AS rank, s.topics[k] AS item,
         round(s.topicScores[k], 1) AS value, toString(s.topicEngagedPosts[k]) + ' engaged posts' AS detail
}
RETURN a.network AS network, kind, rank, item, value, detail
ORDER BY network, section, rank, value DESC, item;
