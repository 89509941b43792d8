package io.sway.loader.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.testing.GraphCounts;
import io.sway.loader.testing.GraphFingerprint;
import io.sway.loader.testing.TestDatasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/** The bulk path: Neo4j's importer into a new embedded database. */
class BulkImportIT {
  private static final String DATABASE = EmbeddedNeo4j.DEFAULT_DATABASE;

  @TempDir Path temp;

  @Test
  void bulkAndIncrementalLoadsGiveIdenticalGraphs() throws Exception {
    Dataset dataset = Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp));

    Path bulkHome = temp.resolve("bulk");
    LoadReport report = new BulkImporter(bulkHome, DATABASE).importDataset(dataset);
    assertEquals(LoadReport.Mode.BULK, report.mode());
    List<String> bulk;
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(bulkHome, DATABASE, 0);
        SwayDatabase database = SwayDatabase.attach(neo4j)) {
      bulk = GraphFingerprint.of(database);
      assertEquals((long) dataset.accountCount(), GraphCounts.of(database).get(":Account"));
    }

    Path incrementalHome = temp.resolve("incremental");
    List<String> incremental;
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(incrementalHome, DATABASE, 0);
        SwayDatabase database = SwayDatabase.attach(neo4j)) {
      new IncrementalLoader(database).load(dataset);
      incremental = GraphFingerprint.of(database);
    }

    assertFalse(bulk.isEmpty());
    assertEquals(bulk, incremental);
  }

  @Test
  void bulkImportRefusesAnExistingDatabase() throws Exception {
    Dataset dataset = Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp));
    Path home = temp.resolve("home");
    new BulkImporter(home, DATABASE).importDataset(dataset);
    IllegalStateException e = assertThrows(
        IllegalStateException.class, () -> new BulkImporter(home, DATABASE).importDataset(dataset));
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
  }

  @Test
  void leftoversOfAKilledImportAreRemovedAndTheRerunSucceeds() throws Exception {
    Dataset dataset = Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp));
    Path home = temp.resolve("home");
    // What a run killed while importing leaves: a half-built store in the staging home, and
    // (killed between the two moves) transaction logs already in place without their store.
    Path staging = home.resolve(BulkImporter.STAGING_DIR);
    Path halfStore = EmbeddedNeo4j.storeDirectory(staging, DATABASE);
    Files.createDirectories(halfStore);
    Files.writeString(halfStore.resolve("neostore.nodestore.db"), "half written");
    Path orphanLogs = home.resolve("data/transactions").resolve(DATABASE);
    Files.createDirectories(orphanLogs);
    Files.writeString(orphanLogs.resolve("neostore.transaction.db.0"), "no store for these");
    assertFalse(EmbeddedNeo4j.storeExists(home, DATABASE));

    new BulkImporter(home, DATABASE).importDataset(dataset);

    assertFalse(Files.exists(staging));
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, DATABASE, 0);
        SwayDatabase database = SwayDatabase.attach(neo4j)) {
      assertEquals((long) dataset.accountCount(), GraphCounts.of(database).get(":Account"));
      try (Session session = database.session()) {
        long constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")
            .single().get("n").asLong();
        assertTrue(constraints > 0, "the schema was applied before the store was published");
      }
    }
  }

  @Test
  void aFailedImportLeavesNoDatabaseBehind() throws Exception {
    Dataset dataset = Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp));
    Path home = temp.resolve("home");
    BulkImportException e = assertThrows(
        BulkImportException.class,
        () -> new BulkImporter(home, DATABASE, "not-a-size").importDataset(dataset));
    assertTrue(e.getMessage().contains("not-a-size"), e.getMessage());
    assertFalse(EmbeddedNeo4j.storeExists(home, DATABASE));
    assertFalse(Files.exists(home.resolve(BulkImporter.STAGING_DIR)));
  }
}
