package io.sway.cli;

import io.sway.cli.guide.GuideResource;
import io.sway.loader.neo4j.ConnectionSettings;
import io.sway.loader.neo4j.EmbeddedNeo4j;
import io.sway.loader.neo4j.SwayDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sway serve}: Sway's embedded database as a Neo4j server, for Neo4j Browser,
 * cypher-shell and any driver, until Ctrl-C.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve Sway's database as a Neo4j server on this machine (Bolt, and HTTP with "
        + "Neo4j Browser and a guide to the query library) until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  static final int BOLT_PORT_DEFAULT = 7687;
  static final int HTTP_PORT_DEFAULT = 7474;
  private static final int MAX_PORT = 65_535;
  private static final int EXAMPLE_HANDLES = 3;

  private static final String EXAMPLES =
      """
      OPTIONAL MATCH (a:Account) WHERE a.scoreRank <= $handles
      WITH a ORDER BY a.scoreRank
      WITH collect(a.handle) AS handles
      OPTIONAL MATCH (t:Topic)<-[i:INFLUENTIAL_ON]-()
      WITH handles, t, count(i) AS accounts ORDER BY accounts DESC, t.name
      RETURN handles, collect(t.name)[0] AS topic
      """;

  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${env:SWAY_DATA_DIR:-sway-data}",
      description = "Home of the embedded Neo4j to serve (env SWAY_DATA_DIR; default: "
          + "${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      defaultValue = "${env:SWAY_NEO4J_DATABASE:-" + EmbeddedNeo4j.DEFAULT_DATABASE + "}",
      description = "Database name (env SWAY_NEO4J_DATABASE; default: ${DEFAULT-VALUE}).")
  String database;

  @Option(
      names = "--bolt-port",
      paramLabel = "PORT",
      defaultValue = "" + BOLT_PORT_DEFAULT,
      description = "Loopback port for Bolt (drivers, cypher-shell) (default: ${DEFAULT-VALUE}).")
  int boltPort;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      defaultValue = "" + HTTP_PORT_DEFAULT,
      description = "Loopback port for HTTP (Neo4j Browser) (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Override
  public Integer call() throws InterruptedException {
    requirePort("--bolt-port", boltPort);
    requirePort("--http-port", httpPort);
    if (boltPort == httpPort) {
      throw new UserException("--bolt-port and --http-port must differ, both were " + boltPort);
    }
    if (!EmbeddedNeo4j.storeExists(dataDir, database)) {
      throw new UserException("no Sway database '" + database + "' in " + dataDir
          + ": run 'sway load DIR --data-dir " + dataDir + "' and 'sway score' (or 'sway demo') first");
    }
    PrintWriter out = spec.commandLine().getOut();
    SwayServer server = SwayServer.start(dataDir, database, boltPort, httpPort, "");
    try {
      GuideResource.publish(BrowserGuide.html(examples(server)));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      out.println("Stopping Neo4j ...");
      out.flush();
      server.close();
      out.println("Stopped.");
      out.flush();
      stopped.countDown();
    }, "sway-serve-shutdown"));
    out.println("Serving " + dataDir.toAbsolutePath().normalize() + " (database " + database
        + ") on this machine only, without authentication:");
    out.println("  Bolt:          " + server.boltUri()
        + "    e.g. cypher-shell -a " + server.boltUri());
    if (SwayServer.browserAvailable()) {
      out.println("  Neo4j Browser: " + server.browserUri());
      out.println("                 choose 'No authentication'; the guide to Sway's query library "
          + "opens after connecting (:play " + server.guideUri() + ")");
    }
    out.println("  Query library: sway query --list, or the queries in the guide");
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return SwayCommand.EXIT_OK;
  }

  /**
   * Example values for the guide's required parameters, read over Bolt from the served database
   * (connecting also applies Sway's schema, so the library's indexes exist).
   */
  private Map<String, Object> examples(SwayServer server) {
    Map<String, Object> examples = new HashMap<>();
    try (SwayDatabase swayDatabase = SwayDatabase.connect(
            new ConnectionSettings(server.boltUri(), null, null, dataDir, database));
        Session session = swayDatabase.session()) {
      var row = session.run(EXAMPLES, Map.of("handles", EXAMPLE_HANDLES)).single();
      List<String> handles = row.get("handles").asList(v -> v.asString());
      examples.put("handles", handles);
      examples.put("handle", handles.isEmpty() ? "@someone" : handles.getFirst());
      examples.put("topic", row.get("topic").isNull() ? "cars" : row.get("topic").asString());
    }
    return examples;
  }

  private static void requirePort(String option, int port) {
    if (port < 1 || port > MAX_PORT) {
      throw new UserException(option + " must be in [1, " + MAX_PORT + "], was " + port);
    }
  }
}
