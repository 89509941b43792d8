package io.sway.cli;

import io.sway.loader.dataset.InvalidDatasetException;
import io.sway.loader.neo4j.BulkImportException;
import io.sway.loader.neo4j.Neo4jUnavailableException;
import io.sway.loader.scoring.NotEnoughMemoryException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sway}: load a social graph into Neo4j, score every account, show the top.
 *
 * <p>Exit codes: 0 done, 1 a mistake the user can fix (one message, no stack trace), 2 an
 * internal error.
 */
@Command(
    name = "sway",
    mixinStandardHelpOptions = true,
    versionProvider = SwayCommand.Version.class,
    description = "Sway: an open, explainable social-influence score on Neo4j.",
    subcommands = {
      CompareCommand.class,
      DemoCommand.class,
      ExplainCommand.class,
      EvaluateCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      LoadCommand.class,
      LookupCommand.class,
      QueryCommand.class,
      ReportCommand.class,
      ScoreCommand.class,
      ServeCommand.class,
      TopCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SwayCommand implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_USER_ERROR = 1;
  public static final int EXIT_INTERNAL_ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs {@code sway} with {@code args} and returns its exit code (for tests). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SwayCommand());
    commandLine.setExecutionExceptionHandler(SwayCommand::handleFailure);
    commandLine.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("sway: " + e.getMessage());
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return EXIT_USER_ERROR;
        });
    return commandLine;
  }

  private static int handleFailure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (isUserError(e)) {
      err.println("sway: " + e.getMessage());
      return EXIT_USER_ERROR;
    }
    err.println("sway: internal error: " + e);
    e.printStackTrace(err);
    return EXIT_INTERNAL_ERROR;
  }

  private static boolean isUserError(Exception e) {
    return e instanceof UserException
        || e instanceof InvalidDatasetException
        || e instanceof Neo4jUnavailableException
        || e instanceof BulkImportException
        || e instanceof NotEnoughMemoryException
        || e instanceof IllegalArgumentException;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SwayCommand.class.getPackage().getImplementationVersion();
      return new String[] {"sway " + (version == null ? "(development build)" : version)};
    }
  }
}
