package io.sway.cli;

import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.DatasetFile;
import io.sway.loader.dataset.InvalidDatasetException;
import io.sway.loader.neo4j.ConnectionSettings;
import io.sway.loader.neo4j.Leaderboard;
import io.sway.loader.neo4j.LoadReport;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.ModelConfig;
import io.sway.loader.scoring.ModelScoringJob;
import io.sway.loader.scoring.ScoringJob;
import io.sway.loader.scoring.ScoringOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sway demo}: a new embedded database, the bundled sample network bulk-loaded, scored,
 * and its top influencers printed.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Load the bundled sample network into a new embedded database, score it and "
        + "print the top influencers.")
final class DemoCommand implements Callable<Integer> {
  private static final String SAMPLE_RESOURCES = "/io/sway/cli/demo/";
  private static final String MARKER = ".sway-demo";

  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "sway-demo",
      description = "Where the demo database is built; an earlier demo there is replaced "
          + "(default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = {"-n", "--count"},
      defaultValue = "" + TopCommand.COUNT_DEFAULT,
      description = "How many accounts to show (default: ${DEFAULT-VALUE}).")
  int count;

  @Override
  public Integer call() throws IOException, InvalidDatasetException {
    PrintWriter out = spec.commandLine().getOut();
    prepareDirectory(dataDir);
    Path sample = extractSample(dataDir.resolve("sample"));
    Dataset dataset = Dataset.open(sample);
    out.println("Sample network: " + sample);
    out.println(dataset.summary());

    ConnectionSettings settings = ConnectionSettings.embedded(dataDir);
    LoadReport load = LoadCommand.load(dataset, settings, LoadCommand.Mode.bulk, 1);
    LoadCommand.printReport(out, load);
    try (SwayDatabase database = SwayDatabase.connect(settings)) {
      ModelScoringJob.Report report =
          new ModelScoringJob(database, ModelConfig.defaults(), ScoreSmoothing.defaults())
              .run(ScoringJob.newestActivityDay(database), ScoringOptions.WINDOW_DAYS_DEFAULT);
      ScoreCommand.print(out, report);
      out.println();
      TopCommand.print(out, new Leaderboard(database).top(count));
    }
    out.println();
    out.println("Explore it: sway top --data-dir " + dataDir + " -n 50");
    out.println("Report on it: sway report --data-dir " + dataDir + " --out report.html");
    return SwayCommand.EXIT_OK;
  }

  /** Empties {@code dir} if an earlier demo made it; refuses to touch anything else. */
  private static void prepareDirectory(Path dir) throws IOException {
    if (Files.exists(dir)) {
      boolean empty;
      try (Stream<Path> entries = Files.list(dir)) {
        empty = entries.findAny().isEmpty();
      }
      if (!empty && !Files.exists(dir.resolve(MARKER))) {
        throw new UserException(
            dir + " exists and was not made by 'sway demo'; choose another --data-dir");
      }
      try (Stream<Path> tree = Files.walk(dir)) {
        for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(MARKER), "made by 'sway demo'; replaced by the next one\n");
  }

  private static Path extractSample(Path target) throws IOException {
    Files.createDirectories(target);
    for (DatasetFile file : DatasetFile.values()) {
      String name = file.baseName() + ".csv";
      try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_RESOURCES + name)) {
        if (in != null) {
          Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }
}
