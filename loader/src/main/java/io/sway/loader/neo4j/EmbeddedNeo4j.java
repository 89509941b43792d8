package io.sway.loader.neo4j;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j DBMS running inside Sway's JVM, its store under one home folder (default {@code
 * ./sway-data}), reachable over Bolt on the loopback interface only.
 *
 * <p>Sway talks to it through the same driver code as to an external server; the in-process
 * handle ({@link #database()}) is there for the paths where Bolt would be the bottleneck.
 * Authentication is off because nothing outside this machine can connect.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
  /** The database Sway uses when none is named. */
  public static final String DEFAULT_DATABASE = "neo4j";

  private static final String LOOPBACK = "127.0.0.1";
  private static final String DATABASES_DIR = "data/databases";

  /**
   * Neo4j's transaction memory limits, lifted ({@code 0} means none): an incremental load is one
   * transaction (see {@link IncrementalLoader}), and in Sway's own JVM the heap is the real bound.
   */
  private static final long NO_LIMIT = 0L;

  private final Path home;
  private final String databaseName;
  private final DatabaseManagementService dbms;
  private final GraphDatabaseService database;
  private final URI boltUri;

  private EmbeddedNeo4j(Path home, String databaseName, DatabaseManagementService dbms) {
    this.home = home;
    this.databaseName = databaseName;
    this.dbms = dbms;
    this.database = dbms.database(databaseName);
    ConnectorPortRegister ports =
        ((GraphDatabaseAPI) database)
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class);
    this.boltUri = URI.create("bolt://" + ports.getLocalAddress(ConnectorType.BOLT));
  }

  /**
   * Starts the DBMS on {@code home}, creating the store when it does not exist yet.
   *
   * @param boltPort the loopback port for Bolt, or 0 for any free port
   */
  public static EmbeddedNeo4j start(Path home, String databaseName, int boltPort) {
    Path absoluteHome = home.toAbsolutePath().normalize();
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(absoluteHome)
            .setConfig(GraphDatabaseSettings.initial_default_database, databaseName)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, NO_LIMIT)
            .setConfig(GraphDatabaseSettings.memory_transaction_database_max_size, NO_LIMIT)
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, NO_LIMIT)
            .build();
    try {
      return new EmbeddedNeo4j(absoluteHome, databaseName, dbms);
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
  }

  /** Whether {@code home} already holds a store for {@code databaseName}. */
  public static boolean storeExists(Path home, String databaseName) {
    return Files.isDirectory(storeDirectory(home, databaseName));
  }

  /** Where the store files of {@code databaseName} live under {@code home}. */
  public static Path storeDirectory(Path home, String databaseName) {
    return home.toAbsolutePath().normalize().resolve(DATABASES_DIR).resolve(databaseName);
  }

  public Path home() {
    return home;
  }

  public String databaseName() {
    return databaseName;
  }

  /** {@code bolt://127.0.0.1:PORT} */
  public URI boltUri() {
    return boltUri;
  }

  /** The in-process database, for paths that do not go through Bolt. */
  public GraphDatabaseService database() {
    return database;
  }

  @Override
  public void close() {
    dbms.shutdown();
  }
}
