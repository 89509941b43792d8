package io.sway.cli;

import io.sway.loader.imports.DatasetImporter;
import io.sway.loader.imports.ImportFormatException;
import io.sway.loader.imports.ImportSummary;
import io.sway.loader.imports.LdbcImporter;
import io.sway.loader.imports.SnapImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway import snap|ldbc SRC --out DIR}: public datasets into Sway's format. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a public social-network dataset into a Sway dataset folder, ready for 'sway load'.",
      "snap: SNAP Higgs-Twitter (higgs-social_network.edgelist, higgs-activity_time.txt, "
          + "optionally .gz). ldbc: LDBC SNB Interactive CSV (person, knows, post, comment, "
          + "likes, hasTag). The mappings are in docs/importers.md."
    })
final class ImportCommand implements Callable<Integer> {
  /** The formats Sway reads. */
  enum Format {
    snap,
    ldbc
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FORMAT", description = "snap or ldbc.")
  Format format;

  @Parameters(index = "1", paramLabel = "SRC", description = "The folder holding the source files.")
  Path source;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The Sway dataset folder to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(source)) {
      throw new UserException("source folder not found: " + source);
    }
    DatasetImporter importer = format == Format.snap ? new SnapImporter() : new LdbcImporter();
    ImportSummary summary;
    try {
      summary = importer.convert(source, out);
    } catch (ImportFormatException e) {
      throw new UserException(e.getMessage());
    }
    PrintWriter console = spec.commandLine().getOut();
    console.println("Wrote " + out + ": " + summary.rowsWritten());
    if (!summary.skipped().isEmpty()) {
      console.println("Skipped: " + summary.skipped());
    }
    summary.notes().forEach(note -> console.println("Note: " + note));
    return SwayCommand.EXIT_OK;
  }
}
