package io.sway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.scoring.ScoringMemory;
import io.sway.loader.testing.GraphCounts;
import io.sway.loader.testing.InProcessNeo4j;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * {@code sway score} in a child JVM with a 64 MiB heap, against a graph whose estimated run needs
 * far more: it refuses before reading anything, with exit code 1 and a message naming the memory
 * needed, the memory available and the option to raise, instead of failing with an {@link
 * OutOfMemoryError}; the database is unchanged. {@code sway evaluate} refuses the same way.
 */
class ScoreMemoryCheckIT {
  private static final String SMALL_HEAP = "-Xmx64m";

  /** Accounts enough for an estimate well above the small heap. */
  private static final int ACCOUNTS = 20_000;

  @TempDir Path temp;

  @Test
  void scoreRefusesARunThatDoesNotFitInTheHeap() throws Exception {
    try (InProcessNeo4j neo4j = InProcessNeo4j.start()) {
      try (Session session = neo4j.database().session()) {
        session.run(
                """
                UNWIND range(1, $n) AS i
                CREATE (:Account {id: 'a' + i, network: 'twitter', handle: 'h' + i,
                                  createdAt: datetime('2020-01-01T00:00:00Z')})
                """,
                Map.of("n", ACCOUNTS))
            .consume();
      }
      long needed = ScoringMemory.needed(ScoringMemory.GraphSize.of(neo4j.database()));
      assertTrue(needed > 64L << 20, "the estimate must exceed the small heap: " + needed);
      Map<String, Long> before = GraphCounts.of(neo4j.database());

      Path err = temp.resolve("err.txt");
      Process child = withSmallHeap(err, "score", "--neo4j-uri", neo4j.boltUri().toString(),
          "--as-of", "2026-06-30");
      assertTrue(child.waitFor(120, TimeUnit.SECONDS), "sway score did not finish");
      String message = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(1, child.exitValue(), message);
      assertTrue(message.contains("not enough memory to score 20,000 accounts"), message);
      assertTrue(message.contains("MiB of heap, "), message);
      assertTrue(message.contains(" available (maximum heap "), message);
      assertTrue(message.contains("SWAY_JAVA_OPTS=-Xmx"), message);
      assertFalse(message.contains("OutOfMemoryError") || message.contains("\tat "), message);
      assertEquals(before, GraphCounts.of(neo4j.database()), "nothing was written");

      Path truth = Files.writeString(temp.resolve("truth.csv"), "account_id,label\n");
      Path evaluateErr = temp.resolve("evaluate-err.txt");
      Process evaluate = withSmallHeap(evaluateErr, "evaluate", "--truth", truth.toString(),
          "--neo4j-uri", neo4j.boltUri().toString());
      assertTrue(evaluate.waitFor(120, TimeUnit.SECONDS), "sway evaluate did not finish");
      String refusal = Files.readString(evaluateErr, StandardCharsets.UTF_8);
      assertEquals(1, evaluate.exitValue(), refusal);
      assertTrue(refusal.contains("not enough memory") && refusal.contains("SWAY_JAVA_OPTS=-Xmx"),
          refusal);
      assertFalse(refusal.contains("OutOfMemoryError") || refusal.contains("\tat "), refusal);
    }
  }

  /** Starts {@code sway args} in a child JVM with the small heap, its errors going to {@code err}. */
  private Process withSmallHeap(Path err, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), SMALL_HEAP,
        "-cp", System.getProperty("java.class.path"), SwayCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(temp.resolve(args[0] + "-out.txt").toFile())
        .redirectError(err.toFile())
        .start();
  }
}
