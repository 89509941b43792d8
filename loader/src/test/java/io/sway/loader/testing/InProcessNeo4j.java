package io.sway.loader.testing;

import io.sway.loader.neo4j.ConnectionSettings;
import io.sway.loader.neo4j.SwayDatabase;
import java.net.URI;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Neo4j's in-process test harness with Sway connected to it over Bolt, exactly as to an external
 * server. Start one per test class ({@code @BeforeAll}) and close it after ({@code @AfterAll}).
 */
public final class InProcessNeo4j implements AutoCloseable {
  private final Neo4j neo4j;
  private final SwayDatabase database;

  private InProcessNeo4j(Neo4j neo4j, SwayDatabase database) {
    this.neo4j = neo4j;
    this.database = database;
  }

  public static InProcessNeo4j start() {
    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
    try {
      return new InProcessNeo4j(neo4j, SwayDatabase.connect(new ConnectionSettings(
          neo4j.boltURI(), null, null, ConnectionSettings.DATA_DIR_DEFAULT, null)));
    } catch (RuntimeException e) {
      neo4j.close();
      throw e;
    }
  }

  public SwayDatabase database() {
    return database;
  }

  /** Where the harness listens for Bolt, for commands given {@code --neo4j-uri}. */
  public URI boltUri() {
    return neo4j.boltURI();
  }

  /** Deletes every node and relationship; the schema stays. */
  public void empty() {
    try (Session session = database.session()) {
      session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume();
    }
  }

  @Override
  public void close() {
    try {
      database.close();
    } finally {
      neo4j.close();
    }
  }
}
