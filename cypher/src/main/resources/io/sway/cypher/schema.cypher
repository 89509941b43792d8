// Sway's graph schema: constraints and indexes, applied on first use and on every load.
// Every statement is idempotent (IF NOT EXISTS), so applying the file twice changes nothing.

// Identity: one node per external id.
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT score_run_id IF NOT EXISTS FOR (r:ScoreRun) REQUIRE r.id IS UNIQUE;

// Look-ups analysts make: by handle, by network; runs by day, the current one, by status.
CREATE INDEX account_handle IF NOT EXISTS FOR (a:Account) ON (a.handle);
CREATE INDEX account_network IF NOT EXISTS FOR (a:Account) ON (a.network);
CREATE INDEX post_created_at IF NOT EXISTS FOR (p:Post) ON (p.createdAt);
CREATE INDEX score_run_as_of IF NOT EXISTS FOR (r:ScoreRun) ON (r.asOf);
CREATE INDEX score_run_current IF NOT EXISTS FOR (r:ScoreRun) ON (r.current);
CREATE INDEX score_run_status IF NOT EXISTS FOR (r:ScoreRun) ON (r.status);

// Model results, one node per account (and person) and run. Readers start from the current run,
// (:ScoreRun {current: true}), so a run is published by switching that flag in one transaction.
// Older databases kept one result per day and the latest on the accounts: those go.
DROP CONSTRAINT daily_score_key IF EXISTS;
DROP CONSTRAINT person_daily_score_key IF EXISTS;
DROP INDEX account_score IF EXISTS;
DROP INDEX account_score_rank IF EXISTS;
DROP INDEX account_spam IF EXISTS;
DROP INDEX person_score IF EXISTS;
CREATE CONSTRAINT daily_score_run_key IF NOT EXISTS FOR (d:DailyScore) REQUIRE (d.accountId, d.run) IS UNIQUE;
CREATE INDEX daily_score_run IF NOT EXISTS FOR (d:DailyScore) ON (d.run, d.rank);
CREATE INDEX daily_score_run_spam IF NOT EXISTS FOR (d:DailyScore) ON (d.run, d.spam);
CREATE INDEX daily_score_day IF NOT EXISTS FOR (d:DailyScore) ON (d.day);
CREATE CONSTRAINT person_daily_score_run_key IF NOT EXISTS FOR (d:PersonDailyScore) REQUIRE (d.personId, d.run) IS UNIQUE;
CREATE INDEX person_daily_score_run IF NOT EXISTS FOR (d:PersonDailyScore) ON (d.run, d.scoreValue);
CREATE INDEX person_daily_score_day IF NOT EXISTS FOR (d:PersonDailyScore) ON (d.day);
CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (t:Topic) REQUIRE t.name IS UNIQUE;
