package io.sway.loader.imports;

import static io.sway.loader.imports.ImportFixtures.LDBC_SNB;
import static io.sway.loader.imports.ImportFixtures.SNAP_HIGGS;
import static io.sway.loader.imports.ImportFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.DatasetFile;
import io.sway.loader.dataset.InvalidDatasetException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output of each importer on its excerpt is a valid Sway dataset, without warnings. */
class ImportedDatasetsValidateTest {
  @TempDir Path temp;

  @Test
  void convertedSnapExcerptIsAValidDataset() throws Exception {
    Path out = temp.resolve("snap");
    new SnapImporter().convert(fixture(SNAP_HIGGS), out);

    Dataset dataset = open(out);

    assertEquals(13, dataset.accountCount());
    assertEquals(0, dataset.postCount());
    assertEquals(26, dataset.summary().keptRows(DatasetFile.FOLLOWS));
    assertEquals(13, dataset.summary().keptRows(DatasetFile.INTERACTIONS));
    assertEquals(List.of(), dataset.summary().warnings());
  }

  @Test
  void convertedLdbcExcerptIsAValidDataset() throws Exception {
    Path out = temp.resolve("ldbc");
    new LdbcImporter().convert(fixture(LDBC_SNB), out);

    Dataset dataset = open(out);

    assertEquals(12, dataset.accountCount());
    assertEquals(14, dataset.postCount());
    assertEquals(24, dataset.summary().keptRows(DatasetFile.FOLLOWS));
    assertEquals(18, dataset.summary().keptRows(DatasetFile.INTERACTIONS));
    assertEquals(List.of(), dataset.summary().warnings());
    assertEquals("ldbc933", dataset.accountId(dataset.postAuthorIndex(dataset.postIndex("ldbcpost1236950581248"))));
  }

  private static Dataset open(Path dir) throws Exception {
    try {
      return Dataset.open(dir);
    } catch (InvalidDatasetException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
