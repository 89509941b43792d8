package io.sway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.neo4j.ConnectionSettings;
import io.sway.loader.neo4j.EmbeddedNeo4j;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.testing.GraphCounts;
import io.sway.loader.testing.MalformedCorpus;
import io.sway.loader.testing.TestDatasets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The `sway` command end to end, on embedded Neo4j databases in a temporary folder. */
class SwayCommandIT {
  @TempDir Path temp;

  /** One run of the command: its exit code and what it printed. */
  record Run(int exitCode, String out, String err) {}

  static Run sway(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = SwayCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void demoPrintsARankedTableFromARealDatabase() {
    Path dir = temp.resolve("demo");
    Run run = sway("demo", "--data-dir", dir.toString(), "-n", "10");
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().lines().toArray(String[]::new);
    int header = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches("\\s*rank\\s+handle\\s+network\\s+score\\s+reach\\s+amplification\\s+influence\\s*")) {
        header = i;
      }
    }
    assertTrue(header >= 0, run.out());
    int previousScore = Integer.MAX_VALUE;
    for (int rank = 1; rank <= 10; rank++) {
      String[] cells = lines[header + rank].trim().split("\\s+");
      assertEquals(String.valueOf(rank), cells[0], lines[header + rank]);
      int score = Integer.parseInt(cells[3]);
      assertTrue(score >= 1 && score <= 99 && score <= previousScore, lines[header + rank]);
      previousScore = score;
    }

    Run cars = sway("top", "--topic", "cars", "--data-dir", dir.toString(), "-n", "5");
    assertEquals(0, cars.exitCode(), cars.err());
    List<String> rows = cars.out().lines().skip(1).toList();
    assertFalse(rows.isEmpty(), "the sample has accounts influential on cars: " + cars.out());
    for (String row : rows) {
      String[] cells = row.trim().split("\\s+");
      assertTrue(Integer.parseInt(cells[cells.length - 1]) >= 3,
          "only accounts with at least 3 engaged posts on the topic: " + row);
    }

    Run again = sway("demo", "--data-dir", dir.toString(), "-n", "10");
    assertEquals(0, again.exitCode(), "a second demo replaces the first: " + again.err());
  }

  @Test
  void demoRefusesAFolderItDidNotMake() throws Exception {
    Path dir = java.nio.file.Files.createDirectories(temp.resolve("precious"));
    java.nio.file.Files.writeString(dir.resolve("notes.txt"), "keep me");
    Run run = sway("demo", "--data-dir", dir.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("not made by 'sway demo'"), run.err());
    assertTrue(java.nio.file.Files.exists(dir.resolve("notes.txt")));
  }

  @Test
  void loadScoreTopRoundTrip() {
    Path data = temp.resolve("data");
    Path tiny = TestDatasets.copy(TestDatasets.TINY, temp);

    Run bulk = sway("load", tiny.toString(), "--data-dir", data.toString());
    assertEquals(0, bulk.exitCode(), bulk.err());
    assertTrue(bulk.out().contains("Loaded (bulk)"), bulk.out());
    Map<String, Long> afterBulk = counts(data);

    Run incremental = sway("load", tiny.toString(), "--data-dir", data.toString());
    assertEquals(0, incremental.exitCode(), incremental.err());
    assertTrue(incremental.out().contains("Loaded (incremental)"), incremental.out());
    assertEquals(afterBulk, counts(data), "loading the same files again changes nothing");

    Run score = sway("score", "--data-dir", data.toString());
    assertEquals(0, score.exitCode(), score.err());
    assertTrue(score.out().contains("Scored"), score.out());

    Run top = sway("top", "--data-dir", data.toString(), "-n", "3");
    assertEquals(0, top.exitCode(), top.err());
    assertEquals(4, top.out().lines().count(), top.out());
  }

  @Test
  void invalidDatasetExitsOneNamingFileLineAndFieldAndWritesNothing() {
    Path data = temp.resolve("data");
    Path invalid = TestDatasets.copy(TestDatasets.UNKNOWN_FOLLOWEE, temp);
    Run run = sway("load", invalid.toString(), "--data-dir", data.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("follows.csv:5: followee_id: unknown account 'ghost'"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace for a user error: " + run.err());
    assertFalse(EmbeddedNeo4j.storeExists(data, EmbeddedNeo4j.DEFAULT_DATABASE));
  }

  @Test
  void everyMalformedDatasetExitsOneAndLeavesAnExistingDatabaseUnchanged() {
    Path data = temp.resolve("data");
    assertEquals(0, sway("load", TestDatasets.copy(TestDatasets.TINY, temp).toString(),
        "--data-dir", data.toString()).exitCode());
    assertEquals(0, sway("score", "--data-dir", data.toString()).exitCode());
    Map<String, Long> before = counts(data);
    String scoresBefore = scoreChecksum(data);

    // The whole malformed corpus (MalformedCorpus; MalformedDatasetsTest checks each problem).
    List<MalformedCorpus.Case> cases = MalformedCorpus.all(temp.resolve("malformed"), true);
    List<String> failures = new ArrayList<>();
    for (MalformedCorpus.Case c : cases) {
      Run run = sway("load", c.dir().toString(), "--data-dir", data.toString());
      if (run.exitCode() != 1) {
        failures.add(c.name() + ": exit code " + run.exitCode() + ": " + run.err());
      } else if (run.err().contains("\tat ") || run.err().contains("Exception")) {
        failures.add(c.name() + ": stack trace or exception name: " + run.err());
      } else {
        for (MalformedCorpus.Location expected : c.expected()) {
          if (!run.err().contains(expected + ": ")) {
            failures.add(c.name() + ": does not name " + expected + ": " + run.err());
          }
        }
      }
    }
    assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " cases");
    assertEquals(before, counts(data));
    assertEquals(scoresBefore, scoreChecksum(data));
  }

  @Test
  void explainShowsThePartsAndTopContributorsOfAScore() {
    Path data = temp.resolve("data");
    Path tiny = TestDatasets.copy(TestDatasets.TINY, temp);
    assertEquals(0, sway("load", tiny.toString(), "--data-dir", data.toString()).exitCode());
    assertEquals(0, sway("score", "--data-dir", data.toString()).exitCode());
    Run top = sway("top", "--data-dir", data.toString(), "-n", "1");
    String handle = top.out().lines().skip(1).findFirst().orElseThrow().trim().split("\\s+")[1];

    Run explain = sway("explain", handle, "--data-dir", data.toString());
    assertEquals(0, explain.exitCode(), explain.err());
    for (String part : new String[] {"True Reach", "Amplification", "Network Infl.", "top engagers",
        "spam probability"}) {
      assertTrue(explain.out().contains(part), explain.out());
    }
    Run unknown = sway("explain", "@nobody-here", "--data-dir", data.toString());
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("no account with handle '@nobody-here'"), unknown.err());
  }

  @Test
  void badConfigIsRejectedNamingTheKeyAndValue() throws Exception {
    Path data = temp.resolve("data");
    assertEquals(0, sway("load", TestDatasets.copy(TestDatasets.TINY, temp).toString(),
        "--data-dir", data.toString()).exitCode());
    Path config = temp.resolve("bad.json");
    java.nio.file.Files.writeString(config, "{\"amplification\": {\"priorStrength\": -1}}");
    Run run = sway("score", "--data-dir", data.toString(), "--config", config.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("amplification.priorStrength") && run.err().contains("-1"),
        run.err());
  }

  @Test
  void theSpamSectionConfiguresSeedsAndItsMistakesAreNamed() throws Exception {
    Path data = temp.resolve("data");
    assertEquals(0, sway("load", TestDatasets.copy(TestDatasets.TINY, temp).toString(),
        "--data-dir", data.toString()).exitCode());

    Path seeds = temp.resolve("seeds.json");
    java.nio.file.Files.writeString(seeds,
        "{\"spam\": {\"seeds\": [\"a2\"], \"threshold\": 0.6}}");
    Run scored = sway("score", "--data-dir", data.toString(), "--config", seeds.toString());
    assertEquals(0, scored.exitCode(), scored.err());

    Path unknownSeed = temp.resolve("unknown-seed.json");
    java.nio.file.Files.writeString(unknownSeed, "{\"spam\": {\"seeds\": [\"a2\", \"ghost\"]}}");
    Run unknown = sway("score", "--data-dir", data.toString(), "--config", unknownSeed.toString());
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("spam.seeds[1]") && unknown.err().contains("ghost"),
        unknown.err());

    Path badCoefficient = temp.resolve("bad-coefficient.json");
    java.nio.file.Files.writeString(badCoefficient,
        "{\"spam\": {\"coefficients\": {\"cohort\": -2}}}");
    Run bad = sway("score", "--data-dir", data.toString(), "--config", badCoefficient.toString());
    assertEquals(1, bad.exitCode());
    assertTrue(bad.err().contains("spam.coefficients.cohort") && bad.err().contains("-2"),
        bad.err());
  }

  @Test
  void mistakesOnTheCommandLineExitOneWithAHint() {
    Run run = sway("top", "--no-such-option");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("--no-such-option"), run.err());
    assertTrue(run.err().contains("--help"), run.err());

    Run missing = sway("load", temp.resolve("nowhere").toString(), "--data-dir",
        temp.resolve("d").toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("dataset folder not found"), missing.err());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"demo", "load", "score", "top", "explain", "generate",
        "import"}) {
      Run run = sway(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertTrue(run.out().contains("Usage: sway " + command), run.out());
    }
  }

  private static Map<String, Long> counts(Path data) {
    try (SwayDatabase database = SwayDatabase.connect(ConnectionSettings.embedded(data))) {
      return GraphCounts.of(database);
    }
  }

  private static String scoreChecksum(Path data) {
    try (SwayDatabase database = SwayDatabase.connect(ConnectionSettings.embedded(data))) {
      return GraphCounts.scoreChecksum(database);
    }
  }
}
