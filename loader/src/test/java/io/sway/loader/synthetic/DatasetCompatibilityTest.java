package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.DatasetFile;
import io.sway.loader.dataset.InvalidDatasetException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated network is a valid Sway dataset: it opens without problems or warnings. */
class DatasetCompatibilityTest {

  @Test
  void generatedNetworkOpensAsADatasetWithoutWarnings(@TempDir Path directory)
      throws IOException, InvalidDatasetException {
    GeneratorConfig config = GeneratorConfig.builder(1_000, 4).build();
    GenerationReport report = SyntheticNetwork.write(config, directory);

    Dataset dataset = Dataset.open(directory);

    assertTrue(dataset.summary().warnings().isEmpty(), dataset.summary().toString());
    assertEquals(config.accounts(), dataset.accountCount());
    assertEquals(report.rows("posts.csv"), dataset.postCount());
    assertEquals(report.rows("follows.csv"), dataset.summary().keptRows(DatasetFile.FOLLOWS));
    assertEquals(report.rows("interactions.csv"),
        dataset.summary().keptRows(DatasetFile.INTERACTIONS));
    assertEquals(report.rows("persons.csv"), dataset.summary().keptRows(DatasetFile.PERSONS));
  }

  @Test
  void refusesAFolderThatAlreadyHoldsAJsonLinesFile(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("follows.jsonl"), "");
    assertThrows(FileAlreadyExistsException.class,
        () -> SyntheticNetwork.write(GeneratorConfig.builder(200, 1).build(), directory));
  }
}
