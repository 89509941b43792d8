package io.sway.cli;

import io.sway.cypher.LibraryQuery;
import io.sway.cypher.QueryLibrary;
import io.sway.cypher.QueryParameter;
import io.sway.loader.neo4j.QueryRunner;
import io.sway.loader.neo4j.SwayDatabase;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sway query}: run a query of the analysts' library and print its answer. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Run a query of Sway's Cypher library and print its answer; "
        + "--list shows every query with its question and parameters.")
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions databaseOptions;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "The query to run, e.g. top-on-topic (see --list).")
  String name;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "A parameter of the query, repeatable, e.g. --param topic=cars; lists are "
          + "comma-separated, null means none (default: the query's own defaults).")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  @Option(names = "--list", description = "List every query with its question and parameters.")
  boolean list;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      if (name != null) {
        throw new UserException("--list takes no query name; run 'sway query " + name
            + " --help' or 'sway query --list'");
      }
      printList(out);
      return SwayCommand.EXIT_OK;
    }
    if (name == null) {
      throw new UserException("name a query to run, e.g. 'sway query top-influencers'; "
          + "'sway query --list' shows them all");
    }
    LibraryQuery query = QueryLibrary.get(name);
    QueryLibrary.parameters(query, parameters);
    try (SwayDatabase database = SwayDatabase.connect(databaseOptions.settings())) {
      format.write(out, new QueryRunner(database).run(query, parameters));
    }
    return SwayCommand.EXIT_OK;
  }

  private static void printList(PrintWriter out) {
    boolean first = true;
    for (LibraryQuery query : QueryLibrary.all()) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(query.name() + ": " + query.title());
      out.println("  " + query.question());
      for (QueryParameter p : query.parameters()) {
        out.println("  --param " + p.signature() + (p.description().isEmpty() ? "" : "  " + p.description()));
      }
    }
  }
}
