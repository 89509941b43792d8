// title: Why this score
// question: What makes up this account's score: its three parts, the spam verdict, the engagers and posts that contributed most, and its topics?
// param: handle STRING -- the account's handle, e.g. @theo.sato
// param: network STRING = null -- the account's network, when the handle exists on several
// One row per item. part: the points each part contributes (Shapley shares that add up to the
// day's score, before smoothing; the published score smooths the daily scores over the days);
// engager: the accounts whose engagement weighed most; post: the posts that drew most
// engagement; topic: topics with evidence.
MATCH (a:Account {handle: $handle})
WHERE $network IS NULL OR a.network = $network
CALL (a) {
  RETURN 0 AS section, 'score' AS kind, 0 AS rank, a.handle AS item, toFloat(a.score) AS value,
         'rank ' + coalesce(toString(a.scoreRank), '-') + ' on ' + coalesce(toString(a.scoreDay), '-')
         + ', unrounded ' + coalesce(toString(round(a.scoreValue, 2)), '-')
         + ', day before smoothing ' + coalesce(toString(round(a.rawScore, 2)), '-') AS detail
  UNION ALL
  UNWIND [['True Reach', a.reachPoints, 'reach ' + toString(round(a.reach, 1)) + ' engaged accounts'],
          ['Amplification', a.amplificationPoints, 'P(reshare or reply) ' + toString(round(a.amplification, 3))],
          ['Network Influence', a.influencePoints, 'influence ' + toString(round(a.influence, 2))]] AS part
  RETURN 1 AS section, 'part' AS kind, 0 AS rank, part[0] AS item, round(part[1], 2) AS value,
         part[2] AS detail
  UNION ALL
  RETURN 2 AS section, 'spam' AS kind, 0 AS rank,
         CASE WHEN a.spam THEN 'flagged' ELSE 'not flagged' END AS item,
         round(a.spamProbability, 3) AS value, a.spamReason AS detail
  UNION ALL
  MATCH (a)-[e:TOP_ENGAGER]->(fan:Account)
  RETURN 3 AS section, 'engager' AS kind, e.rank AS rank, fan.handle AS item,
         round(e.weight, 2) AS value,
         'score ' + coalesce(toString(fan.score), '-') + CASE WHEN fan.spam THEN ', spam' ELSE '' END AS detail
  UNION ALL
  MATCH (a)-[t:TOP_POST]->(p:Post)
  RETURN 4 AS section, 'post' AS kind, t.rank AS rank, p.id AS item, round(t.engagement, 2) AS value,
         'posted ' + toString(date(p.createdAt)) + ', topics: '
         + reduce(s = '', topic IN coalesce(p.topics, []) | s + CASE WHEN s = '' THEN '' ELSE ', ' END + topic) AS detail
  UNION ALL
  MATCH (a)-[i:INFLUENTIAL_ON]->(topic:Topic)
  RETURN 5 AS section, 'topic' AS kind, 0 AS rank, topic.name AS item, round(i.score, 1) AS value,
         toString(i.engagedPosts) + ' engaged posts' AS detail
}
RETURN a.network AS network, kind, rank, item, value, detail
ORDER BY network, section, rank, value DESC, item;
