package io.sway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sway.loader.neo4j.EmbeddedNeo4j;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.synthetic.GeneratorConfig;
import io.sway.loader.synthetic.SyntheticNetwork;
import io.sway.loader.testing.GraphCounts;
import io.sway.loader.testing.GraphFingerprint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * {@code sway} in a child JVM, killed with SIGKILL at points spread over its work: afterwards the
 * database holds either the state before the command or the state after it, never a mix, and
 * running the command again finishes the job.
 *
 * <p>Kill points are times after the child starts, spread over the phase under test; the phase's
 * place in the run is measured first by an uninterrupted run of the same command. A point that
 * lands a little early or late still counts: whatever the outcome, it must be one of the two
 * states. The test command runs {@value #POINTS_DEFAULT} points per phase; the longer run in the
 * README sets {@code -Dsway.crashPoints=8}.
 */
class CrashRecoveryIT {
  private static final int POINTS_DEFAULT = 1;
  private static final int POINTS = Integer.getInteger("sway.crashPoints", POINTS_DEFAULT);
  private static final int ACCOUNTS = 2_500;

  @TempDir static Path temp;

  private static Path dataset;
  private static int boltPort;

  /** What a kill left, and what a re-run then made of it. */
  private enum Outcome { BEFORE, AFTER }

  @BeforeAll
  static void generate() throws Exception {
    dataset = temp.resolve("network");
    SyntheticNetwork.write(GeneratorConfig.builder(ACCOUNTS, 3).followsPerAccount(10).build(), dataset);
    boltPort = ServeAndQueryIT.freePort();
  }

  @Test
  void aKilledScoreRunLeavesThePreviousRunOrTheNewOneAndARerunPublishes() throws Exception {
    Path home = temp.resolve("score");
    assertEquals(0, runToTheEnd(load(home, dataset)));
    LocalDate day = LocalDate.parse("2026-06-01");

    // where writing starts and ends, from an uninterrupted run
    long started = System.nanoTime();
    assertEquals(0, runToTheEnd(score(home, day.plusDays(1))));
    double total = (System.nanoTime() - started) / 1e9;
    Map<String, Object> phases = read(home, db -> single(db,
        "MATCH (r:ScoreRun {current: true}) RETURN r {.stageSeconds, .publishSeconds, .cleanUpSeconds} AS p"));
    double writing = ((Number) phases.get("stageSeconds")).doubleValue()
        + ((Number) phases.get("publishSeconds")).doubleValue()
        + ((Number) phases.get("cleanUpSeconds")).doubleValue();
    double writingStarts = total - writing;

    List<Outcome> outcomes = new ArrayList<>();
    for (int point = 0; point < POINTS; point++) {
      LocalDate next = day.plusDays(2 + point);
      State before = read(home, State::of);
      double at = writingStarts + writing * (point + 0.5) / POINTS;
      boolean killed = killAfter(score(home, next), Duration.ofMillis((long) (at * 1000)));

      State after = read(home, State::of);
      assertEquals(before.graph(), after.graph(), "scoring never changes the graph");
      Outcome outcome;
      if (after.scores().equals(before.scores())) {
        outcome = Outcome.BEFORE;
      } else {
        outcome = Outcome.AFTER;
        assertNotEquals(before.currentRun(), after.currentRun());
        assertEquals(next, after.currentDay(), "a different state is the new run, whole");
        assertEquals(ACCOUNTS, after.currentResults(), "every account's result is published");
      }
      outcomes.add(outcome);
      assertTrue(killed || outcome == Outcome.AFTER, "a run that was not killed published");

      assertEquals(0, runToTheEnd(score(home, next)), "re-running finishes the job");
      State rerun = read(home, State::of);
      assertEquals(next, rerun.currentDay());
      assertEquals(ACCOUNTS, rerun.currentResults());
      assertEquals(0, rerun.unpublishedResults(), "the re-run cleared what the killed run left");
    }
    System.out.printf("score kill points: %d, outcomes %s%n", POINTS, outcomes);
  }

  @Test
  void aKilledBulkLoadLeavesNoDatabaseOrTheWholeOneAndARerunLoads() throws Exception {
    Path reference = temp.resolve("bulk-reference");
    long started = System.nanoTime();
    assertEquals(0, runToTheEnd(load(reference, dataset)));
    double total = (System.nanoTime() - started) / 1e9;
    List<String> loaded = read(reference, GraphFingerprint::of);

    List<Outcome> outcomes = new ArrayList<>();
    for (int point = 0; point < POINTS; point++) {
      Path home = temp.resolve("bulk-" + point);
      double at = total * (point + 0.5) / POINTS;
      boolean killed = killAfter(load(home, dataset), Duration.ofMillis((long) (at * 1000)));
      Outcome outcome;
      if (!EmbeddedNeo4j.storeExists(home, EmbeddedNeo4j.DEFAULT_DATABASE)) {
        outcome = Outcome.BEFORE;
      } else {
        outcome = Outcome.AFTER;
        assertEquals(loaded, read(home, GraphFingerprint::of), "a database there is the whole one");
      }
      outcomes.add(outcome);
      assertTrue(killed || outcome == Outcome.AFTER, "a load that was not killed loaded");

      assertEquals(0, runToTheEnd(load(home, dataset)), "re-running finishes the job");
      assertEquals(loaded, read(home, GraphFingerprint::of));
    }
    System.out.printf("bulk load kill points: %d, outcomes %s%n", POINTS, outcomes);
  }

  @Test
  void aKilledIncrementalLoadLeavesTheGraphBeforeOrAfterAndARerunLoads() throws Exception {
    Path base = temp.resolve("incremental-base");
    assertEquals(0, runToTheEnd(load(base, dataset)));
    List<String> before = read(base, GraphFingerprint::of);
    Path delta = temp.resolve("delta");
    SyntheticNetwork.write(GeneratorConfig.builder(ACCOUNTS, 4).followsPerAccount(10).build(), delta);

    Path reference = temp.resolve("incremental-reference");
    copy(base, reference);
    long started = System.nanoTime();
    assertEquals(0, runToTheEnd(incremental(reference, delta)));
    double total = (System.nanoTime() - started) / 1e9;
    List<String> after = read(reference, GraphFingerprint::of);
    assertNotEquals(before, after, "the second dataset changes the graph");

    List<Outcome> outcomes = new ArrayList<>();
    for (int point = 0; point < POINTS; point++) {
      Path home = temp.resolve("incremental-" + point);
      copy(base, home);
      double at = total * (point + 0.5) / POINTS;
      boolean killed = killAfter(incremental(home, delta), Duration.ofMillis((long) (at * 1000)));
      List<String> left = read(home, GraphFingerprint::of);
      Outcome outcome = left.equals(before) ? Outcome.BEFORE : Outcome.AFTER;
      if (outcome == Outcome.AFTER) {
        assertEquals(after, left, "a changed graph is the whole load, never part of it");
      }
      outcomes.add(outcome);
      assertTrue(killed || outcome == Outcome.AFTER, "a load that was not killed loaded");

      assertEquals(0, runToTheEnd(incremental(home, delta)), "re-running finishes the job");
      assertEquals(after, read(home, GraphFingerprint::of));
    }
    System.out.printf("incremental load kill points: %d, outcomes %s%n", POINTS, outcomes);
  }

  /** The state a command may leave: the graph, and the scores analysts see. */
  record State(List<String> graph, String scores, String currentRun, LocalDate currentDay,
      long currentResults, long unpublishedResults) {
    static State of(SwayDatabase database) {
      Map<String, Object> current = single(database, """
          OPTIONAL MATCH (r:ScoreRun {current: true})
          OPTIONAL MATCH (s:DailyScore {run: r.id})
          WITH r, count(s) AS results
          RETURN {id: r.id, day: r.asOf, results: results} AS current
          """);
      long unpublished = ((Number) single(database, """
          MATCH (s:DailyScore)
          WHERE NOT EXISTS { MATCH (r:ScoreRun {id: s.run}) WHERE r.status = 'published' }
          RETURN {n: count(s)} AS n
          """).get("n")).longValue();
      return new State(GraphFingerprint.of(database), GraphCounts.scoreChecksum(database),
          (String) current.get("id"), (LocalDate) current.get("day"),
          ((Number) current.get("results")).longValue(), unpublished);
    }
  }

  private static List<String> load(Path home, Path folder) {
    return List.of("load", "--data-dir", home.toString(), folder.toString());
  }

  private static List<String> incremental(Path home, Path folder) {
    return List.of("load", "--mode", "incremental", "--data-dir", home.toString(), folder.toString());
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static List<String> score(Path home, LocalDate day) {
    return List.of("score", "--data-dir", home.toString(), "--as-of", day.toString());
  }

  private static Map<String, Object> single(SwayDatabase database, String query) {
    try (Session session = database.session()) {
      return session.run(query).single().get(0).asMap();
    }
  }

  /** Opens the embedded database at {@code home} in this JVM, reads it, and closes it. */
  private static <T> T read(Path home, Function<SwayDatabase, T> reader) {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, EmbeddedNeo4j.DEFAULT_DATABASE, boltPort);
        SwayDatabase database = SwayDatabase.attach(neo4j)) {
      return reader.apply(database);
    }
  }

  private static Process start(List<String> args, String name) throws Exception {
    List<String> command = new ArrayList<>(ServeAndQueryIT.javaCommand(System.getProperty("java.class.path")));
    command.add(SwayCommand.class.getName());
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve(name + ".log").toFile())
        .start();
  }

  private static int runToTheEnd(List<String> args) throws Exception {
    Process child = start(args, "run");
    if (!child.waitFor(10, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      fail("sway " + args + " did not finish");
    }
    if (child.exitValue() != 0) {
      System.out.println(Files.readString(temp.resolve("run.log"), StandardCharsets.UTF_8));
    }
    return child.exitValue();
  }

  /**
   * Starts {@code sway args} and sends it SIGKILL after {@code delay}.
   *
   * @return whether the child was still running when killed
   */
  private static boolean killAfter(List<String> args, Duration delay) throws Exception {
    Process child = start(args, "killed");
    if (child.waitFor(delay.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
    assertTrue(child.waitFor(1, TimeUnit.MINUTES));
    return true;
  }
}
