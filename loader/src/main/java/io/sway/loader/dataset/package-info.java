/**
 * Reading and validating a Sway dataset folder: {@link io.sway.loader.dataset.Dataset#open}
 * checks every file before anything is written anywhere, then streams the cleaned rows as {@link
 * io.sway.loader.dataset.Rows} records.
 *
 * <h2>The dataset format</h2>
 *
 * <p>A dataset is a folder with one file per record kind, each either {@code NAME.csv} or {@code
 * NAME.jsonl} (never both). {@code accounts} is required; {@code persons}, {@code follows}, {@code
 * posts} and {@code interactions} are optional. Other files in the folder are ignored.
 *
 * <ul>
 *   <li>CSV: RFC 4180, UTF-8 (a byte-order mark is allowed), a header row naming the columns
 *       (case-sensitive), columns in any order, unknown columns ignored, blank lines ignored, every
 *       row with as many cells as the header. A quoted cell may span lines.
 *   <li>JSON Lines: one JSON object per line ({@code \n} or {@code \r\n}), UTF-8, the same field
 *       names, blank lines ignored, unknown fields ignored. Values are strings, numbers or
 *       booleans; {@code null} means absent.
 * </ul>
 *
 * <table>
 *   <caption>Files and fields (required fields in bold)</caption>
 *   <tr><th>file</th><th>fields</th></tr>
 *   <tr><td>accounts</td><td><b>id</b>, <b>network</b>, <b>handle</b>, <b>created_at</b>,
 *       display_name, verified ({@code true}/{@code false}, any case), bio</td></tr>
 *   <tr><td>persons</td><td><b>person_id</b>, <b>account_id</b></td></tr>
 *   <tr><td>follows</td><td><b>follower_id</b>, <b>followee_id</b>, since</td></tr>
 *   <tr><td>posts</td><td><b>id</b>, <b>author_id</b>, <b>created_at</b>, topics, reply_to (a
 *       post id)</td></tr>
 *   <tr><td>interactions</td><td><b>actor_id</b>, <b>type</b>, post_id and/or
 *       target_account_id (at least one), <b>at</b></td></tr>
 * </table>
 *
 * <ul>
 *   <li>Values are trimmed; an empty value is absent. Ids are non-empty strings.
 *   <li>{@code network} is one word ({@code twitter}, {@code bluesky}, {@code mastodon}, ...),
 *       lower-cased on reading.
 *   <li>Timestamps: an ISO-8601 instant {@code 2026-03-01T12:00:00Z}, an offset date-time {@code
 *       2026-03-01T12:00:00+02:00}, or a date {@code 2026-03-01} (midnight UTC), from 1970-01-01 to
 *       before 2100-01-01. A date-time without an offset is refused.
 *   <li>Ids, handles and topics: at most 1,000 characters, without control characters (so on one
 *       line); {@code display_name} and {@code bio}: at most 100,000 characters.
 *   <li>The accounts file holds at least one account.
 *   <li>{@code topics}: separated by {@code ;} in CSV; in JSON an array of strings or a
 *       {@code ;}-separated string. Items are trimmed, lower-cased and de-duplicated; empty items
 *       are dropped. A topic cannot contain {@code ;}.
 *   <li>{@code type}: {@code reshare}, {@code reply}, {@code quote}, {@code like} or {@code
 *       mention}, any case. When an interaction gives both {@code post_id} and {@code
 *       target_account_id}, the target must be the post's author.
 *   <li>Every id referred to must exist: accounts for {@code account_id}, {@code follower_id},
 *       {@code followee_id}, {@code author_id}, {@code actor_id}, {@code target_account_id}; posts
 *       for {@code post_id} and {@code reply_to} (earlier or later in the file, not the post
 *       itself). Account and post ids are unique; an account belongs to at most one person.
 * </ul>
 *
 * <h2>Problems and warnings</h2>
 *
 * <p>Every problem found in any file is collected (the first {@value
 * io.sway.loader.dataset.Problems#LIMIT} are listed, the rest counted) and the dataset is rejected
 * with an {@link io.sway.loader.dataset.InvalidDatasetException}. Each {@link
 * io.sway.loader.dataset.Problem} reads {@code file:line: field: message}, where the line is the
 * line of the file where the row starts (in CSV the header is line 1): {@code follows.csv:7:
 * followee_id: unknown account 'x9'}. A row that cannot be read (malformed JSON, bytes that are not
 * UTF-8, the wrong number of cells) is reported once; when some rows of a file cannot be read, or
 * its header lacks a required column, ids missing from it are not reported again as unknown in
 * the files that refer to them.
 *
 * <p>Harmless oddities are {@linkplain io.sway.loader.dataset.WarningKind warnings}: counted with
 * a first example in the {@link io.sway.loader.dataset.ValidationSummary}. Duplicate person rows,
 * duplicate follows (same follower and followee; the first row is kept), self-follows and exact
 * duplicate interactions (same actor, type, post or target, and time) are skipped by every stream;
 * self-engagement (an account interacting with its own post or mentioning itself) is kept.
 *
 * <h2>Memory and speed</h2>
 *
 * <p>Files are streamed, never held whole. After validation a dataset keeps per-id data only:
 * about 20 bytes per account, post and person besides the id strings, 4 per post for its author,
 * and 8 per skipped row. While validating, duplicate detection adds 16 to 32 bytes per distinct
 * follow and per distinct interaction, released when validation ends.
 */
package io.sway.loader.dataset;
