package io.sway.loader.neo4j;

import io.sway.cypher.CypherScript;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Sway's connection to its graph: a Bolt driver, to an external server or to the embedded DBMS it
 * started. Every read and write goes through {@link #session()}, so the embedded and external
 * cases run the same code.
 */
public final class SwayDatabase implements AutoCloseable {
  private final Driver driver;
  private final String database;
  private final EmbeddedNeo4j embedded;
  private final boolean ownsEmbedded;

  private SwayDatabase(
      Driver driver, String database, EmbeddedNeo4j embedded, boolean ownsEmbedded) {
    this.driver = driver;
    this.database = database;
    this.embedded = embedded;
    this.ownsEmbedded = ownsEmbedded;
  }

  /**
   * Connects as {@code settings} say, starting the embedded DBMS when no URI is given, and
   * applies Sway's schema.
   *
   * @throws Neo4jUnavailableException when an external server cannot be reached or refuses the
   *     credentials
   */
  public static SwayDatabase connect(ConnectionSettings settings) {
    if (settings.isEmbedded()) {
      EmbeddedNeo4j embedded =
          EmbeddedNeo4j.start(settings.dataDir(), settings.embeddedDatabase(), 0);
      try {
        return open(embedded.boltUri(), AuthTokens.none(), embedded.databaseName(), embedded, true);
      } catch (RuntimeException e) {
        embedded.close();
        throw e;
      }
    }
    AuthToken auth =
        settings.user() == null
            ? AuthTokens.none()
            : AuthTokens.basic(settings.user(), settings.password() == null ? "" : settings.password());
    return open(settings.uri(), auth, settings.database(), null, false);
  }

  /**
   * Wraps an already running embedded DBMS (tests, and commands that started it themselves);
   * closing the connection leaves the DBMS running.
   */
  public static SwayDatabase attach(EmbeddedNeo4j embedded) {
    return open(embedded.boltUri(), AuthTokens.none(), embedded.databaseName(), embedded, false);
  }

  private static SwayDatabase open(
      URI uri, AuthToken auth, String database, EmbeddedNeo4j embedded, boolean owned) {
    Config config =
        Config.builder().withoutEncryption().withLogging(Logging.javaUtilLogging(Level.WARNING)).build();
    Driver driver = GraphDatabase.driver(uri, auth, config);
    try {
      driver.verifyConnectivity();
    } catch (ServiceUnavailableException e) {
      driver.close();
      throw new Neo4jUnavailableException("cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
    } catch (AuthenticationException e) {
      driver.close();
      throw new Neo4jUnavailableException("Neo4j at " + uri + " refused the credentials", e);
    }
    SwayDatabase swayDatabase = new SwayDatabase(driver, database, embedded, owned);
    swayDatabase.applySchema();
    return swayDatabase;
  }

  /** Creates Sway's constraints and indexes where missing (every statement is idempotent). */
  public void applySchema() {
    try (Session session = session()) {
      for (String statement : CypherScript.load(CypherScript.SCHEMA).statements()) {
        session.run(statement).consume();
      }
      session.run("CALL db.awaitIndexes(300)").consume();
    }
  }

  /** A new session on Sway's database; close it when done. */
  public Session session() {
    SessionConfig.Builder config = SessionConfig.builder();
    if (database != null) {
      config.withDatabase(database);
    }
    return driver.session(config.build());
  }

  /** A new session for long streamed reads or writes, fetching {@code fetchSize} records a trip. */
  public Session session(AccessMode mode, long fetchSize) {
    SessionConfig.Builder config =
        SessionConfig.builder().withDefaultAccessMode(mode).withFetchSize(fetchSize);
    if (database != null) {
      config.withDatabase(database);
    }
    return driver.session(config.build());
  }

  public Driver driver() {
    return driver;
  }

  /** The embedded DBMS this connection goes to, if Sway runs it in this JVM. */
  public Optional<EmbeddedNeo4j> embedded() {
    return Optional.ofNullable(embedded);
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (ownsEmbedded) {
        embedded.close();
      }
    }
  }
}
