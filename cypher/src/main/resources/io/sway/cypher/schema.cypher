// Sway's graph schema: constraints and indexes, applied on first use and on every load.
// Every statement is idempotent (IF NOT EXISTS), so applying the file twice changes nothing.

// Identity: one node per external id.
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT score_run_id IF NOT EXISTS FOR (r:ScoreRun) REQUIRE r.id IS UNIQUE;

// Look-ups analysts make: by handle, by network, by score.
CREATE INDEX account_handle IF NOT EXISTS FOR (a:Account) ON (a.handle);
CREATE INDEX account_network IF NOT EXISTS FOR (a:Account) ON (a.network);
CREATE INDEX account_score IF NOT EXISTS FOR (a:Account) ON (a.score);
CREATE INDEX account_score_rank IF NOT EXISTS FOR (a:Account) ON (a.scoreRank);
CREATE INDEX post_created_at IF NOT EXISTS FOR (p:Post) ON (p.createdAt);
CREATE INDEX score_run_as_of IF NOT EXISTS FOR (r:ScoreRun) ON (r.asOf);

// Model results: daily history and topics.
CREATE CONSTRAINT daily_score_key IF NOT EXISTS FOR (d:DailyScore) REQUIRE (d.accountId, d.day) IS UNIQUE;
CREATE INDEX daily_score_day IF NOT EXISTS FOR (d:DailyScore) ON (d.day);
CREATE CONSTRAINT person_daily_score_key IF NOT EXISTS FOR (d:PersonDailyScore) REQUIRE (d.personId, d.day) IS UNIQUE;
CREATE INDEX person_daily_score_day IF NOT EXISTS FOR (d:PersonDailyScore) ON (d.day);
CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (t:Topic) REQUIRE t.name IS UNIQUE;

// The query library (queries/): spam clusters start from the flagged accounts, persons from
// their scores.
CREATE INDEX account_spam IF NOT EXISTS FOR (a:Account) ON (a.spam);
CREATE INDEX person_score IF NOT EXISTS FOR (p:Person) ON (p.score);
