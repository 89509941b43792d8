package io.sway.loader.neo4j;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link LoadAndScoreSuite} against a Neo4j server in a container: the same code over a real
 * network connection. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerLoadAndScoreIT extends LoadAndScoreSuite {
  static final String IMAGE = "neo4j:2026.08.1";

  @Container
  static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>(IMAGE).withoutAuthentication();

  private static SwayDatabase database;

  @BeforeAll
  static void connect() {
    database = SwayDatabase.connect(
        new ConnectionSettings(java.net.URI.create(NEO4J.getBoltUrl()), null, null,
            ConnectionSettings.DATA_DIR_DEFAULT, null));
  }

  @AfterAll
  static void disconnect() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  SwayDatabase database() {
    return database;
  }
}
