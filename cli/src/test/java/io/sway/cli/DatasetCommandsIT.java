package io.sway.cli;

import static io.sway.cli.SwayCommandIT.sway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.DatasetFile;
import io.sway.loader.neo4j.ConnectionSettings;
import io.sway.loader.neo4j.SwayDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/** {@code sway generate} and {@code sway import}: commands that write dataset folders. */
class DatasetCommandsIT {
  @TempDir Path temp;

  @Test
  void generatedNetworkLoadsAndScores() throws Exception {
    Path out = temp.resolve("net");
    SwayCommandIT.Run generate =
        sway("generate", "--accounts", "300", "--seed", "11", "--days", "60", "--out", out.toString());
    assertEquals(0, generate.exitCode(), generate.err());
    assertTrue(Files.exists(out.resolve("truth.csv")));
    assertEquals(300, Dataset.open(out).accountCount());

    Path data = temp.resolve("db");
    assertEquals(0, sway("load", out.toString(), "--data-dir", data.toString()).exitCode());
    SwayCommandIT.Run score = sway("score", "--data-dir", data.toString(), "--as-of", "2026-06-30",
        "--threads", "2");
    assertEquals(0, score.exitCode(), score.err());
    assertTrue(score.out().contains("Scored 300 accounts"), score.out());

    // the same day again on one thread: the day's scores before smoothing agree to the last bits
    Map<String, Double> twoThreads = rawScores(data);
    SwayCommandIT.Run oneThread = sway("score", "--data-dir", data.toString(), "--as-of", "2026-06-30",
        "--threads", "1");
    assertEquals(0, oneThread.exitCode(), oneThread.err());
    Map<String, Double> single = rawScores(data);
    assertEquals(twoThreads.keySet(), single.keySet());
    twoThreads.forEach((id, raw) -> assertEquals(raw, single.get(id), 1e-9, id));
    assertTrue(twoThreads.values().stream().anyMatch(raw -> raw > 0), "some account scored");

    SwayCommandIT.Run none = sway("score", "--data-dir", data.toString(), "--threads", "0");
    assertEquals(1, none.exitCode());
    assertTrue(none.err().contains("--threads must be at least 1"), none.err());
  }

  /** The current run's score of each account before smoothing. */
  private static Map<String, Double> rawScores(Path data) {
    Map<String, Double> scores = new HashMap<>();
    try (SwayDatabase database = SwayDatabase.connect(ConnectionSettings.embedded(data));
        Session session = database.session()) {
      session.run("""
          MATCH (run:ScoreRun {current: true}) WITH run LIMIT 1
          MATCH (s:DailyScore {run: run.id}) RETURN s.accountId AS id, s.rawScore AS raw""")
          .forEachRemaining(r -> scores.put(r.get("id").asString(), r.get("raw").asDouble()));
    }
    return scores;
  }

  @Test
  void generateRejectsABadSizeNamingIt() {
    SwayCommandIT.Run run = sway("generate", "--accounts", "5", "--out", temp.resolve("x").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("accounts"), run.err());
  }

  @Test
  void snapFilesImportIntoAValidDataset() throws Exception {
    Path snap = Files.createDirectories(temp.resolve("higgs"));
    Files.writeString(snap.resolve("higgs-social_network.edgelist"), "1 2\n2 1\n3 1\n");
    Files.writeString(snap.resolve("higgs-activity_time.txt"),
        "3 1 1341100972 RT\n2 1 1341101000 MT\n3 2 1341101100 RE\n");
    Path out = temp.resolve("sway");
    SwayCommandIT.Run run = sway("import", "snap", snap.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Dataset dataset = Dataset.open(out);
    assertEquals(3, dataset.accountCount());
    assertEquals(3, dataset.summary().rows(DatasetFile.FOLLOWS));
    assertEquals(3, dataset.summary().rows(DatasetFile.INTERACTIONS));
  }

  @Test
  void malformedSnapFileExitsOneNamingFileAndLine() throws Exception {
    Path snap = Files.createDirectories(temp.resolve("higgs"));
    Files.writeString(snap.resolve("higgs-social_network.edgelist"), "1 2\n2 x\n");
    SwayCommandIT.Run run =
        sway("import", "snap", snap.toString(), "--out", temp.resolve("o").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("higgs-social_network.edgelist:2"), run.err());
  }
}
