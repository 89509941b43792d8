package io.sway.loader.synthetic;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a deterministic synthetic social network with labelled adversaries: Sway's ground truth.
 *
 * <p>The dataset folder holds {@code accounts.csv} (id, network, handle, created_at,
 * display_name, verified, bio), {@code persons.csv} (person_id, account_id), {@code follows.csv}
 * (follower_id, followee_id, since), {@code posts.csv} (id, author_id, created_at, topics,
 * reply_to) and {@code interactions.csv} (actor_id, type, post_id, target_account_id, at), plus
 * the truth files of {@link TruthWriter}: {@code truth.csv}, {@code truth.json}, {@code truth.md}.
 * All times are whole-second ISO-8601 instants inside the window of {@link
 * GeneratorConfig#windowStart()} to the end of {@link GeneratorConfig#endDate()}, except account
 * creation times, which may be earlier.
 *
 * <p>Same config, same bytes: every decision comes from a keyed {@link SplitMix} stream of the
 * seed, files are written in account-id order, and nothing depends on the clock, the locale, the
 * platform or hash iteration order.
 *
 * <p>Cost: memory O(accounts) (about 100 bytes per account plus one account's followee list at a
 * time); follows, posts and interactions are written as they are generated and never held. Time
 * is linear in the rows written.
 *
 * @see io.sway.loader.synthetic the model in detail
 */
public final class SyntheticNetwork {
  static final String ACCOUNTS = "accounts.csv";
  static final String PERSONS = "persons.csv";
  static final String FOLLOWS = "follows.csv";
  static final String POSTS = "posts.csv";
  static final String INTERACTIONS = "interactions.csv";
  static final String TRUTH = "truth.csv";
  static final String TRUTH_SUMMARY = "truth.json";
  static final String TRUTH_GUIDE = "truth.md";

  private SyntheticNetwork() {}

  /**
   * Generates the network of {@code config} into {@code outDir} (created if missing; files of the
   * same names are replaced).
   *
   * @throws FileAlreadyExistsException when {@code outDir} holds a JSON Lines form of a dataset
   *     file ({@code accounts.jsonl}, ...), which would make the folder ambiguous
   * @throws IllegalArgumentException when the adversaries of {@code config} do not fit in its
   *     population (the message names the knob to change)
   */
  public static GenerationReport write(GeneratorConfig config, Path outDir) throws IOException {
    long started = System.nanoTime();
    Files.createDirectories(outDir);
    for (String table : List.of(ACCOUNTS, PERSONS, FOLLOWS, POSTS, INTERACTIONS)) {
      Path other = outDir.resolve(table.replace(".csv", ".jsonl"));
      if (Files.exists(other)) {
        throw new FileAlreadyExistsException(other.toString(), null,
            "a dataset folder holds each file in one form only; remove it or write elsewhere");
      }
    }
    Population population = Population.build(config);
    PostSchedule schedule = new PostSchedule(population);
    FolloweeDraws draws = new FolloweeDraws(population);
    Map<String, Long> rows = new LinkedHashMap<>();

    ProfileWriter profiles = new ProfileWriter(population);
    try (CsvTable accounts = CsvTable.create(outDir, ACCOUNTS,
        "id", "network", "handle", "created_at", "display_name", "verified", "bio")) {
      profiles.writeAccounts(accounts);
      rows.put(ACCOUNTS, accounts.rows());
    }
    try (CsvTable persons = CsvTable.create(outDir, PERSONS, "person_id", "account_id")) {
      profiles.writePersons(persons);
      rows.put(PERSONS, persons.rows());
    }
    try (CsvTable follows = CsvTable.create(outDir, FOLLOWS,
        "follower_id", "followee_id", "since")) {
      new FollowWriter(population, draws).write(follows);
      rows.put(FOLLOWS, follows.rows());
    }
    try (CsvTable posts = CsvTable.create(outDir, POSTS,
            "id", "author_id", "created_at", "topics", "reply_to");
        CsvTable interactions = CsvTable.create(outDir, INTERACTIONS,
            "actor_id", "type", "post_id", "target_account_id", "at")) {
      schedule.writeOriginalPosts(posts);
      new EngagementWriter(population, schedule, draws).write(interactions, posts);
      rows.put(POSTS, posts.rows());
      rows.put(INTERACTIONS, interactions.rows());
    }

    TruthWriter truth = new TruthWriter(population);
    try (CsvTable table = CsvTable.create(outDir, TRUTH, TruthWriter.COLUMNS)) {
      truth.writeTable(table);
      rows.put(TRUTH, table.rows());
    }
    truth.writeSummary(outDir.resolve(TRUTH_SUMMARY), rows);
    truth.writeGuide(outDir.resolve(TRUTH_GUIDE));
    return new GenerationReport(outDir, rows, Duration.ofNanos(System.nanoTime() - started));
  }
}
