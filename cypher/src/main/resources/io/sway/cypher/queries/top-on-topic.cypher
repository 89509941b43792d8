// title: Top influencers on a topic
// question: Who is influential on this topic, with evidence for it?
// param: topic STRING -- the topic, e.g. cars (case does not matter)
// param: n INTEGER = 20 -- how many accounts
// param: network STRING = null -- only this network's accounts (null: every network)
// Only accounts the model found influential on the topic are listed: at least
// topics.minEngagedPosts (default 3) of their posts on it got engagement. topicScore is the
// score curve applied to the share of the account's audience earned on the topic.
MATCH (run:ScoreRun {current: true})
WITH run LIMIT 1
MATCH (:Topic {name: toLower($topic)})<-[i:INFLUENTIAL_ON]-(s:DailyScore {run: run.id})
MATCH (a:Account {id: s.accountId})
WHERE $network IS NULL OR a.network = $network
RETURN a.handle AS handle, a.network AS network, round(i.score, 1) AS topicScore,
       i.engagedPosts AS engagedPosts, s.score AS score
ORDER BY topicScore DESC, score DESC, handle
LIMIT $n;
