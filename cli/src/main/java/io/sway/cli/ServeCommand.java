package io.sway.cli;

import io.sway.cli.guide.GuideResource;
import io.sway.loader.neo4j.ConnectionSettings;
import io.sway.loader.neo4j.EmbeddedNeo4j;
import io.sway.loader.neo4j.SwayDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
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
  static final String PASSWORD_ENV = "SWAY_SERVE_PASSWORD";
  private static final String LOOPBACK = "127.0.0.1";
  /** Neo4j's own minimum. */
  private static final int MIN_PASSWORD_LENGTH = 8;
  static final int HTTP_PORT_DEFAULT = 7474;
  private static final int MAX_PORT = 65_535;
  private static final int EXAMPLE_HANDLES = 3;

  private static final String EXAMPLES =
      """
      OPTIONAL MATCH (run:ScoreRun {current: true})
      WITH run LIMIT 1
      OPTIONAL MATCH (s:DailyScore {run: run.id}) WHERE s.rank <= $handles
      OPTIONAL MATCH (a:Account {id: s.accountId})
      WITH run, a ORDER BY s.rank
      WITH run, collect(a.handle) AS handles
      OPTIONAL MATCH (t:Topic)<-[i:INFLUENTIAL_ON]-(:DailyScore {run: run.id})
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
      description = "Port for Bolt (drivers, cypher-shell) (default: ${DEFAULT-VALUE}).")
  int boltPort;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      defaultValue = "" + HTTP_PORT_DEFAULT,
      description = "Port for HTTP (Neo4j Browser) (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(
      names = "--listen",
      paramLabel = "ADDRESS",
      defaultValue = LOOPBACK,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only, without "
          + "authentication). Any other address, e.g. 0.0.0.0, turns authentication on: user "
          + SwayServer.USER + ", password from the environment variable " + PASSWORD_ENV
          + " or from --password-file.")
  String listen;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File whose first line is the password for --listen on another address than "
          + "the loopback one (at least " + MIN_PASSWORD_LENGTH + " characters; never printed).")
  Path passwordFile;

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
    String password = loopback(listen) ? null : password();
    PrintWriter out = spec.commandLine().getOut();
    if (password != null) {
      SwayServer.setPassword(dataDir, database, boltPort, httpPort, password);
    }
    SwayServer server = SwayServer.start(
        dataDir, database, listen, boltPort, httpPort, "", password != null);
    try {
      GuideResource.publish(BrowserGuide.html(examples(server, password)));
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
        + (password == null ? ") on this machine only, without authentication:"
            : ") on " + listen + ", with authentication (user " + SwayServer.USER
                + ", password from " + (passwordFile != null ? passwordFile : PASSWORD_ENV)
                + "):"));
    out.println("  Bolt:          " + server.boltUri()
        + "    e.g. cypher-shell -a " + server.boltUri());
    if (SwayServer.browserAvailable()) {
      out.println("  Neo4j Browser: " + server.browserUri());
      out.println("                 choose '" + (password == null ? "No authentication"
          : "Username / Password") + "'; the guide to Sway's query library opens after "
          + "connecting (:play " + server.guideUri() + ")");
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
  private Map<String, Object> examples(SwayServer server, String password) {
    Map<String, Object> examples = new HashMap<>();
    try (SwayDatabase swayDatabase = SwayDatabase.connect(new ConnectionSettings(server.boltUri(),
            password == null ? null : SwayServer.USER, password, dataDir, database));
        Session session = swayDatabase.session()) {
      var row = session.run(EXAMPLES, Map.of("handles", EXAMPLE_HANDLES)).single();
      List<String> handles = row.get("handles").asList(v -> v.asString());
      examples.put("handles", handles);
      examples.put("handle", handles.isEmpty() ? "@someone" : handles.getFirst());
      examples.put("topic", row.get("topic").isNull() ? "cars" : row.get("topic").asString());
    }
    return examples;
  }

  private static boolean loopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new UserException("--listen: unknown address '" + address + "'");
    }
  }

  /** The password for a server on another address: from --password-file, else the environment. */
  private String password() {
    String password;
    String source;
    if (passwordFile != null) {
      source = passwordFile.toString();
      try {
        List<String> lines = Files.readAllLines(passwordFile);
        password = lines.isEmpty() ? "" : lines.getFirst().strip();
      } catch (IOException e) {
        throw new UserException("cannot read --password-file " + passwordFile + ": " + e);
      }
    } else {
      source = PASSWORD_ENV;
      password = System.getenv(PASSWORD_ENV);
      if (password == null) {
        throw new UserException("listening on " + listen + " needs authentication: set the "
            + "password in the environment variable " + PASSWORD_ENV + " or give --password-file "
            + "(or listen on " + LOOPBACK + ", this machine only)");
      }
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new UserException("the password from " + source + " must have at least "
          + MIN_PASSWORD_LENGTH + " characters");
    }
    return password;
  }

  private static void requirePort(String option, int port) {
    if (port < 1 || port > MAX_PORT) {
      throw new UserException(option + " must be in [1, " + MAX_PORT + "], was " + port);
    }
  }
}
