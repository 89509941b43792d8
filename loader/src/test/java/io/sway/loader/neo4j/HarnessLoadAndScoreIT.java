package io.sway.loader.neo4j;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** {@link LoadAndScoreSuite} against Neo4j's in-process test harness, over Bolt. */
class HarnessLoadAndScoreIT extends LoadAndScoreSuite {
  private static Neo4j neo4j;
  private static SwayDatabase database;

  @BeforeAll
  static void startNeo4j() {
    neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
    database = SwayDatabase.connect(
        new ConnectionSettings(neo4j.boltURI(), null, null, ConnectionSettings.DATA_DIR_DEFAULT, null));
  }

  @AfterAll
  static void stopNeo4j() {
    if (database != null) {
      database.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @Override
  SwayDatabase database() {
    return database;
  }
}
