package io.sway.cli;

import static io.sway.cli.SwayCommandIT.sway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.DatasetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    SwayCommandIT.Run score = sway("score", "--data-dir", data.toString(), "--as-of", "2026-06-30");
    assertEquals(0, score.exitCode(), score.err());
    assertTrue(score.out().contains("Scored 300 accounts"), score.out());
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
