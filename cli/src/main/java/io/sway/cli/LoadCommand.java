package io.sway.cli;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.InvalidDatasetException;
import io.sway.loader.neo4j.BulkImporter;
import io.sway.loader.neo4j.ConnectionSettings;
import io.sway.loader.neo4j.EmbeddedNeo4j;
import io.sway.loader.neo4j.IncrementalLoader;
import io.sway.loader.neo4j.LoadReport;
import io.sway.loader.neo4j.SwayDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway load DIR}: validate a dataset folder, then load it into Neo4j. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Validate a dataset folder and load it into Neo4j.",
      "Nothing is written unless every file is valid. A new embedded database is built with "
          + "Neo4j's bulk importer; an existing or external one is updated incrementally "
          + "(loading the same files twice changes nothing)."
    })
final class LoadCommand implements Callable<Integer> {
  /** How rows go into Neo4j. */
  enum Mode {
    auto,
    bulk,
    incremental
  }

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions databaseOptions;

  @Parameters(paramLabel = "DIR", description = "The dataset folder (see README, Dataset format).")
  Path directory;

  @Option(
      names = "--mode",
      defaultValue = "auto",
      description = "auto, bulk or incremental (default: ${DEFAULT-VALUE}: bulk into a new "
          + "embedded database, incremental otherwise).")
  Mode mode;

  @Option(
      names = "--batch-size",
      defaultValue = "" + IncrementalLoader.BATCH_SIZE_DEFAULT,
      description = "Rows per transaction for incremental loads (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Override
  public Integer call() throws IOException, InvalidDatasetException {
    PrintWriter out = spec.commandLine().getOut();
    Dataset dataset = openDataset(directory);
    out.println(dataset.summary());
    ConnectionSettings settings = databaseOptions.settings();
    LoadReport report = load(dataset, settings, mode, batchSize);
    printReport(out, report);
    return SwayCommand.EXIT_OK;
  }

  static Dataset openDataset(Path directory) throws IOException, InvalidDatasetException {
    if (!Files.isDirectory(directory)) {
      throw new UserException("dataset folder not found: " + directory);
    }
    return Dataset.open(directory);
  }

  /** Loads a validated dataset; either way the database then has Sway's schema. */
  static LoadReport load(Dataset dataset, ConnectionSettings settings, Mode mode, int batchSize)
      throws IOException {
    boolean newEmbedded =
        settings.isEmbedded()
            && !EmbeddedNeo4j.storeExists(settings.dataDir(), settings.embeddedDatabase());
    boolean bulk = mode == Mode.bulk || (mode == Mode.auto && newEmbedded);
    if (bulk && !newEmbedded) {
      throw new UserException(
          settings.isEmbedded()
              ? "--mode bulk needs a new database, but " + settings.dataDir()
                  + " already holds one; use --mode incremental or another --data-dir"
              : "--mode bulk works only on the embedded database, not on --neo4j-uri");
    }
    if (bulk) {
      return new BulkImporter(settings.dataDir(), settings.embeddedDatabase()).importDataset(dataset);
    }
    try (SwayDatabase database = SwayDatabase.connect(settings);
        ProgressReporter progress =
            new ProgressReporter("load", IncrementalLoader.totalRows(dataset), "rows")) {
      return new IncrementalLoader(database, batchSize, progress).load(dataset);
    }
  }

  static void printReport(PrintWriter out, LoadReport report) {
    out.printf(
        "Loaded (%s) in %.1f s: %s%n",
        report.mode().name().toLowerCase(java.util.Locale.ROOT),
        report.elapsed().toNanos() / 1e9,
        report.counts());
  }
}
